# Held-out split: written first, before any tuning, and never used to tune normalize/ or in unit tests.
# Notation (expanded by build.py): S(title, description_text, raw fields..., source context..., labels...).
# Labels: P=(pay_min, pay_max, currency, unit)  H=(hours_min, hours_max)  W=hours_per_week  D=duration_days
# due/exp = due_at/expires_at date  paid=is_paid (default 1 when P)  micro  occ  entry  rem  c=country  scam  t=title
# Conventions: posted 2026-10-12 (Mon) unless said; a month is 30 days; a work day is 8 hours; "within N days"
# of delivery gives duration N and due posted+N; a bare "$" with no country and no source default is USD (flagged
# currency_assumed, SCHEMA.md); a rate per word, article or video has unit "piece"; a salary with no unit is "year".
# An amount with no unit for one bounded piece of work (the post calls it a task, gig, one-off or small job, states its
# whole effort or a delivery date, or asks for one deliverable) is that work's flat fee: unit "project"; on a role or
# recurring work it stays None.
# An amount with no unit that no fee or month reaches (USD 50,000 or more: "$70k - $90k"; with no currency, 50k or more
# written in k: "55k-65k") is a year's pay.

# --- Reddit / r/forhire-style posts (no default currency, not a marketplace) ---
S("[Hiring] Logo for my bakery - $150 (fixed)",
  "Small family bakery needs a clean logo. Two concepts, one round of revisions. Deliver by October 20.",
  P=(150, 150, "USD", "project"), due="2026-10-20", micro=1, occ="CR", t="Logo for my bakery")
S("[Hiring] Proofreader for 40-page thesis | $200 budget",
  "Native English speaker to proofread a master's thesis in sociology, about 12,000 words. I need it back within 5 days.",
  P=(200, 200, "USD", "project"), D=5, due="2026-10-17", micro=1, occ="WR", t="Proofreader for 40-page thesis")
S("[HIRING] Need a 60-second explainer animation - budget $500-$800",
  "Motion designer wanted for a short explainer for our app launch. Script and voiceover are ready. Deadline: November 6.",
  P=(500, 800, "USD", "project"), due="2026-11-06", micro=1, occ="CR", t="Need a 60-second explainer animation")
S("[Task] Enter 500 product rows into a spreadsheet - $25 flat",
  "Copy product names and prices from PDFs into Google Sheets. Should take 2-3 hours.",
  P=(25, 25, "USD", "project"), H=(2, 3), micro=1, occ="CL", t="Enter 500 product rows into a spreadsheet")
S("[Hiring] Transcribe three interviews - $90 total",
  "Three interviews in English with clear audio, verbatim transcripts with timestamps. Due Friday.",
  P=(90, 90, "USD", "project"), due="2026-10-16", micro=1, occ="CL", t="Transcribe three interviews")
S("[Hiring] Illustrator for indie game - for exposure + rev share",
  "We can't pay upfront, but you'll be credited in the game and get 5% of revenue if it sells.",
  paid=0, micro=0, occ="CR")
S("[Hiring] Simple typing job, $300/week",
  "No interview needed. Contact on WhatsApp only +1 555 0134. Work 1 hour per day from your phone.",
  P=(300, 300, "USD", "week"), micro=0, occ="CL", scam=1, t="Simple typing job")
S("[Hiring] Video editor for weekly podcast - paid (rate negotiable)",
  "Editing one 60-minute episode per week: cuts, captions and a thumbnail. Send your portfolio.",
  paid=1, micro=0, occ="CR")
S("[Hiring] Python script to rename 10k photos by EXIF date - $60",
  "One-off task. Windows machine. Should be a quick job for someone who knows Python.",
  P=(60, 60, "USD", "project"), micro=1, occ="SW", t="Python script to rename 10k photos by EXIF date")
S("[HIRING] Excel wizard to clean up a messy budget sheet ($35/hr, ~4 hours)",
  "Merge three tabs, fix formulas, add a summary pivot. About 4 hours of work, paid through PayPal.",
  P=(35, 35, "USD", "hour"), H=(4, 4), micro=1, occ="CL", t="Excel wizard to clean up a messy budget sheet")
S("[Hiring] Ghostwriter for 5 LinkedIn posts - $250",
  "B2B SaaS founder. Five posts of about 200 words each, based on call notes I provide. Fixed price, paid on delivery.",
  P=(250, 250, "USD", "project"), micro=1, occ="WR", t="Ghostwriter for 5 LinkedIn posts")
S("[Hiring] Remote bookkeeping catch-up (US) - $45/hour",
  "Small Etsy shop, 8 months of transactions to categorize in QuickBooks. Estimated 15-20 hours. Must be in the US.",
  loc="United States", P=(45, 45, "USD", "hour"), H=(15, 20), micro=1, occ="PS", c="US",
  t="Remote bookkeeping catch-up (US)")
S("[Hiring] Voice actor for 2-minute e-learning module, $120",
  "Neutral American accent, finished WAV files. One round of pickups included. Flat fee of $120.",
  P=(120, 120, "USD", "project"), micro=1, occ="CR", t="Voice actor for 2-minute e-learning module")
S("[Hiring] Translate my app strings EN->PT-BR (1,500 words) - $75",
  "Native Brazilian Portuguese speaker, strings are in a JSON file. Fixed $75, needed within 3 days.",
  P=(75, 75, "USD", "project"), D=3, due="2026-10-15", micro=1, occ="WR",
  t="Translate my app strings EN->PT-BR (1,500 words)")
S("[Hiring] Social media posts for a dental clinic - $400/month",
  "12 Instagram posts a month with captions. Ongoing, about 6 hours per month.",
  P=(400, 400, "USD", "month"), micro=0, occ="SM", t="Social media posts for a dental clinic")
S("[Hiring] Looking for a WordPress dev to fix a plugin conflict",
  "Our checkout page breaks after the last update. Paying $50/hr, I expect 2-3 hours. Need it done by tomorrow.",
  P=(50, 50, "USD", "hour"), H=(2, 3), due="2026-10-13", micro=1, occ="SW")

# --- Scams and look-alikes ---
S("Remote Data Entry Clerk - $35/hr, no experience",
  "Earn $35 per hour from home! A one-time registration fee of $50 is required to receive your starter kit. "
  "Contact our HR manager on Telegram only: @hr_jobs_desk.",
  P=(35, 35, "USD", "hour"), micro=0, occ="CL", entry=1, scam=1)
S("Personal Assistant needed (flexible hours)",
  "You will receive a check by mail. Deposit it via mobile deposit and send the balance to our vendors. $500 weekly pay.",
  P=(500, 500, "USD", "week"), micro=0, occ="CL", scam=1)
S("Crypto Trading Assistant - earn daily",
  "Invest as little as 100 USDT and earn 20% daily returns. No skills needed, we train you. Message us on WhatsApp.",
  micro=0, occ=None, scam=1, entry=1)
S("Package reshipping coordinator",
  "Work from home receiving parcels and re-labelling them. To start you must pay a $99 fee to apply for the background check. "
  "$2,500 per month.",
  P=(2500, 2500, "USD", "month"), micro=0, occ="CL", scam=1)
S("Online Chat Moderator (part-time)",
  "Flexible part-time work, $22/hour, 15 hours per week. Interviews are held exclusively via Telegram.",
  P=(22, 22, "USD", "hour"), W=15, micro=0, occ="CL", scam=1)
S("Bitcoin investment partner wanted",
  "Join our team and grow your money: invest in crypto with guaranteed returns of 300%. Start with $200.",
  micro=0, occ=None, scam=1)
S("Blockchain Developer (Solidity)",
  "Full-time role at a crypto exchange. We invest heavily in security reviews and audits. Salary €90k-€110k per year. "
  "5+ years of smart contract experience.",
  loc="Lisbon, Portugal", emp="Full-time",
  P=(90000, 110000, "EUR", "year"), micro=0, occ="SW", entry=0, c="PT")
S("Customer Support Agent (Spanish/English)",
  "Part-time, 25 hours per week at $18/hour. Candidates may be contacted by phone, email, SMS or WhatsApp about their application.",
  loc="Remote - US", emp="Part-time",
  P=(18, 18, "USD", "hour"), W=25, micro=0, occ="CL", rem="remote", c="US")
S("Payments Analyst - check processing",
  "Full-time. Review and reconcile check deposits for our treasury team. $65,000-$75,000 per year.",
  loc="Charlotte, NC", emp="FULL_TIME",
  P=(65000, 75000, "USD", "year"), micro=0, occ="PS", c="US")
S("Community Manager (Web3)",
  "We are a crypto wallet startup. Grow our Discord and Telegram communities. Contract, $3,000/month, 20 hrs/week.",
  loc="Remote", emp="Contract",
  P=(3000, 3000, "USD", "month"), W=20, micro=0, occ="SM", rem="remote")

# --- Board listings (remotive / remoteok / greenhouse / lever style) ---
S("Contract Data Analyst (part-time, 6 weeks)",
  "$45-55/hour. Clean and analyze survey data in Python/pandas and build three dashboards. 20 hours per week for 6 weeks.",
  loc="Remote - US", emp="Contract",
  P=(45, 55, "USD", "hour"), W=20, D=42, H=(120, 120), micro=0, occ="SW", rem="remote", c="US")
S("Senior Backend Engineer",
  "Full-time, permanent. Salary $160,000 - $190,000 per year plus equity. 7+ years of experience with Go and Postgres.",
  loc="San Francisco, CA", emp="Full-time",
  P=(160000, 190000, "USD", "year"), micro=0, occ="SW", entry=0, c="US")
S("Marketing Manager",
  "Permanent full-time role, £45,000-£52,000 per annum. You bring 5+ years in B2B marketing. Three days a week in our office.",
  loc="Manchester, UK (Hybrid)", emp="FULL_TIME",
  P=(45000, 52000, "GBP", "year"), micro=0, occ="SM", entry=0, rem="hybrid", c="GB")
S("Freelance copywriter - 4 landing pages",
  "We are a Berlin SaaS startup looking for a freelance copywriter for four landing pages. Fixed fee €600, roughly 15 hours "
  "of work, delivery within 3 weeks.",
  loc="Remote (Europe)",
  P=(600, 600, "EUR", "project"), H=(15, 15), D=21, due="2026-11-02", micro=1, occ="WR", rem="remote")
S("Acme Robotics | Embedded Engineer | Boston, MA | ONSITE | Full-time | $140k-$170k",
  "We build warehouse robots and need C/C++ people who like hardware.",
  loc="Boston, MA", emp="Full-time",
  P=(140000, 170000, "USD", "year"), micro=0, occ="SW", rem="onsite", c="US")
S("Operations Coordinator",
  "Compensation: 50k-70k depending on experience. Full-time, in the office five days a week.",
  loc="Austin, TX", emp="Full-time",
  P=(50000, 70000, None, "year"), micro=0, occ="PS", c="US", rem="onsite")
S("Interim Finance Business Partner (3-month contract)",
  "£400/day inside IR35, full-time for 3 months.",
  loc="Leeds, UK", emp="Contract",
  P=(400, 400, "GBP", "day"), D=90, micro=0, occ="PS", c="GB")
S("Freelance Illustrator for a children's book",
  "€25-35/h depending on experience. About 40 hours spread over 4 weeks. Watercolour style preferred.",
  loc="Remote",
  P=(25, 35, "EUR", "hour"), H=(40, 40), D=28, micro=1, occ="CR", rem="remote")
S("Research writer - literature review summaries",
  "$20/hr for ~15 hours. You'll summarize 30 papers on urban heat islands in plain English. Grad students welcome.",
  loc="Remote (US only)",
  P=(20, 20, "USD", "hour"), H=(15, 15), micro=1, occ="WR", entry=1, rem="remote", c="US")
S("Mobile app UI redesign (Figma)",
  "USD 1,200 per project: three screens and a few design system tweaks. Two-week timeline.",
  loc="Anywhere",
  P=(1200, 1200, "USD", "project"), D=14, micro=1, occ="CR", rem="remote")
S("Staff Software Engineer, Payments",
  "<p>The annual base salary range for this role is $210,000 - $250,000.</p><p>We're looking for 10+ years of experience.</p>",
  loc="New York, NY; Seattle, WA", emp="Full-time",
  P=(210000, 250000, "USD", "year"), micro=0, occ="SW", entry=0, c="US")
S("Product Designer (Contract, 4 weeks)",
  "Help us redesign onboarding. 4-week contract at 30 hours/week, $70-$85 per hour.",
  loc="Remote, Canada", emp="Contract",
  P=(70, 85, "CAD", "hour"), W=30, D=28, H=(120, 120), micro=0, occ="CR", rem="remote", c="CA")
S("Technical Writer (part-time contract)",
  "Document our REST API. Approximately 30 hours total, $60/hour. Deliverables due November 13.",
  loc="Remote - Worldwide", emp="Contractor",
  cur="USD", P=(60, 60, "USD", "hour"), H=(30, 30), due="2026-11-13", micro=1, occ="WR", rem="remote")
S("Registered Nurse - Night Shift",
  "Full-time, $48-$62 per hour, 36 hours per week. Current RN license required.",
  loc="Phoenix, AZ", emp="Full-time",
  P=(48, 62, "USD", "hour"), W=36, micro=0, occ=None, c="US")
S("Junior Frontend Developer",
  "Great first job for a new graduate. React and TypeScript. €42.000 - €48.000 brutto pro Jahr.",
  loc="Berlin, Germany", emp="Full-time",
  P=(42000, 48000, "EUR", "year"), micro=0, occ="SW", entry=1, c="DE")
S("SEO audit for an e-commerce site",
  "One-time project: crawl the site, list technical issues, write prioritised recommendations. $900 fixed. About 20 hours.",
  loc="Remote", cur="USD",
  P=(900, 900, "USD", "project"), H=(20, 20), micro=1, occ="SM", rem="remote")
S("Sales Development Representative",
  "OTE $85,000 (base $55,000 + commission). Full-time, 2+ years of outbound experience.",
  loc="Denver, CO", emp="FULL_TIME",
  P=(85000, 85000, "USD", "year"), micro=0, occ="SM", c="US")
S("Part-time Social Media Coordinator",
  "$25/hour, 10 hours a week, ongoing. Plan and schedule posts for a nonprofit.",
  loc="Remote (US)", emp="Part-time",
  P=(25, 25, "USD", "hour"), W=10, micro=0, occ="SM", rem="remote", c="US")
S("Data Labeling Specialist (2-week project)",
  "Label 3,000 street images with bounding boxes. $18/hour, full-time for two weeks (80 hours). Beginners welcome.",
  loc="Remote - Philippines",
  P=(18, 18, "USD", "hour"), H=(80, 80), D=14, W=40, micro=0, occ="CL", entry=1, rem="remote", c="PH")
S("Legal Assistant (temporary, 3 days)",
  "Help our team prepare filings for three days, 8 hours a day. £16.50 per hour.",
  loc="London, England", emp="Temporary",
  P=(16.5, 16.5, "GBP", "hour"), H=(24, 24), D=3, micro=1, occ="PS", c="GB")

# --- Structured pay fields (ATS and APIs) ---
S("Customer Success Manager", "Own a book of mid-market accounts. Full-time.",
  pmin=70000, pmax=90000, pcur="USD", punit="YEAR", loc="Chicago, IL", emp="FULL_TIME",
  P=(70000, 90000, "USD", "year"), micro=0, occ="SM", c="US")
S("Werkstudent Data Engineering (m/w/d)", "Unterstütze unser Data-Team mit Python und SQL. 16-20 Std./Woche.",
  pmin="15", pmax="17", pcur="EUR", punit="HOUR", loc="Hamburg, Deutschland", emp="Werkstudent",
  P=(15, 17, "EUR", "hour"), W=20, micro=0, occ="SW", entry=1, c="DE")
S("Warehouse Picker (seasonal)", "Seasonal role through the holidays, 40 hours per week.",
  pay={"@type": "MonetaryAmount", "currency": "USD",
       "value": {"@type": "QuantitativeValue", "minValue": 19, "maxValue": 21, "unitText": "HOUR"}},
  loc="Reno, NV, US", emp="TEMPORARY",
  P=(19, 21, "USD", "hour"), W=40, micro=0, occ=None, c="US")
S("Administrative Assistant", "Temporary cover for 4 weeks.",
  pay={"@type": "MonetaryAmount", "currency": "AUD", "value": {"@type": "QuantitativeValue", "value": 34, "unitText": "HOUR"}},
  loc="Perth WA, Australia", emp="TEMPORARY",
  P=(34, 34, "AUD", "hour"), D=28, micro=0, occ="CL", c="AU")
S("Graduate Accountant", "Our graduate programme starts in February.",
  pay="£28,000 - £31,000 a year", loc="Birmingham, United Kingdom", emp="Full-time",
  P=(28000, 31000, "GBP", "year"), micro=0, occ="PS", entry=1, c="GB")
S("Remote Python Tutor", "Teach beginners online.",
  pay="$30 - $40 / hour", loc="Remote", emp="Part-time", cur="USD",
  P=(30, 40, "USD", "hour"), micro=0, occ="SW", rem="remote")
S("UX Writer", "Contract role.", pay="$70k - $90k", loc="Remote", cur="USD", emp="contract",
  P=(70000, 90000, "USD", "year"), micro=0, occ="WR", rem="remote")
S("Business Analyst (12-month fixed term)", "Fixed-term contract in our Zurich office.",
  pmin=110000, pmax=125000, pcur="CHF", punit="year", loc="Zürich, Switzerland", emp="Temporary",
  P=(110000, 125000, "CHF", "year"), D=360, micro=0, occ="PS", c="CH")
S("Content Moderator", "Review flagged posts.",
  pay="Up to $22/hr", loc="Remote - USA", emp="Part-time",
  P=(None, 22, "USD", "hour"), micro=0, occ="CL", rem="remote", c="US")
S("Event Staff (one day)", "Help run registration at a conference on November 7. One 8-hour shift.",
  pay="$200 for the day", loc="Las Vegas, NV", emp="Temporary",
  P=(200, 200, "USD", "day"), H=(8, 8), D=1, micro=1, occ="CL", c="US")
S("Machine Learning Engineer", "Full-time, hybrid in Toronto.",
  pmin=140000, pmax=170000, pcur="CAD", punit="YEAR", loc="Toronto, Ontario, Canada", emp="FULL_TIME",
  P=(140000, 170000, "CAD", "year"), micro=0, occ="SW", c="CA")
S("Freelance Motion Designer", "Per-project work for our agency.",
  pay="€400 per project", loc="Amsterdam, Netherlands", emp="Freelance",
  P=(400, 400, "EUR", "project"), micro=1, occ="CR", c="NL")

# --- Marketplaces and micro-internship programs ---
S("Build a Zapier automation between Typeform and HubSpot",
  "Fixed price: $250. Estimated: 6-8 hours. Intermediate level.", market=True, cur="USD",
  P=(250, 250, "USD", "project"), H=(6, 8), micro=1, occ="SW")
S("Virtual assistant for inbox cleanup",
  "Hourly: $12-$18. About 20 hours total over two weeks. Entry level welcome.", market=True, cur="USD",
  P=(12, 18, "USD", "hour"), H=(20, 20), D=14, micro=1, occ="CL", entry=1)
S("Micro-Internship: Market Research for a Fintech Startup",
  "Paid project, $500 for an estimated 25 hours. Open to current college students and recent graduates. Complete by November 20.",
  market=True, ctry="US",
  P=(500, 500, "USD", "project"), H=(25, 25), due="2026-11-20", micro=1, occ="SM", entry=1, c="US")
S("Création d'un site vitrine WordPress",
  "Budget : 500 € à 1 000 €. Site de 5 pages pour un cabinet d'architecte.", market=True, cur="EUR",
  P=(500, 1000, "EUR", "project"), micro=1, occ="SW")
S("Scrape product data from 3 e-commerce sites",
  "Budget: $250 - $750 USD. Python preferred, deliver CSV files.", market=True,
  P=(250, 750, "USD", "project"), micro=1, occ="SW")
S("Micro-Internship: Build a competitor pricing spreadsheet",
  "10-15 hours. $300 fixed fee. Due November 2.", market=True, ctry="US",
  P=(300, 300, "USD", "project"), H=(10, 15), due="2026-11-02", micro=1, occ="CL", c="US")
S("Design a tri-fold brochure for a dental practice",
  "Print-ready PDF. Budget $80-$150.", market=True, cur="USD",
  P=(80, 150, "USD", "project"), micro=1, occ="CR")
S("Rédaction de 10 fiches produits pour une boutique bio",
  "Tarif : 25 € par fiche. Livraison avant le 5 novembre.", market=True, cur="EUR",
  P=(25, 25, "EUR", "piece"), due="2026-11-05", micro=1, occ="WR")
S("Lead list of 200 architecture firms in Texas",
  "Need name, email, website. Paying $0.50 per lead, $100 total.", market=True, cur="USD",
  P=(100, 100, "USD", "project"), micro=1, occ="SM")
S("Micro-internship: HR policy review",
  "Compare our handbook with state requirements. Estimated 20 hours. $400. Students only.", market=True, ctry="US",
  P=(400, 400, "USD", "project"), H=(20, 20), micro=1, occ="PS", entry=1, c="US")

# --- Non-English ---
S("Werkstudent (m/w/d) Online-Marketing",
  "20 Stunden pro Woche, 15 € pro Stunde. Für eingeschriebene Studierende.",
  loc="München, Deutschland", emp="Werkstudent",
  P=(15, 15, "EUR", "hour"), W=20, micro=0, occ="SM", entry=1, c="DE")
S("Mission freelance : traduction anglais vers français (8 000 mots)",
  "Budget : 640 € (forfait). Livraison sous 10 jours. Traducteur natif, expérience en marketing.",
  loc="Télétravail",
  P=(640, 640, "EUR", "project"), D=10, due="2026-10-22", micro=1, occ="WR", rem="remote")
S("Diseñador/a gráfico freelance para catálogo",
  "Pago: 350 € por proyecto. Aproximadamente 20 horas de trabajo. Entrega antes del 30 de octubre.",
  loc="Madrid, España (remoto)",
  P=(350, 350, "EUR", "project"), H=(20, 20), due="2026-10-30", micro=1, occ="CR", rem="remote", c="ES")
S("Redator freelance para blog de finanças",
  "Pagamos R$ 80 por artigo de 1.000 palavras. Trabalho remoto, cerca de 10 artigos por mês.",
  loc="Remoto - Brasil",
  P=(80, 80, "BRL", "project"), micro=1, occ="WR", rem="remote", c="BR")
S("Übersetzer/in Deutsch-Französisch (Auftrag)",
  "Honorar CHF 1'200 pauschal für ca. 30 Stunden Arbeit. Abgabe bis 15. November.",
  loc="Zürich, Schweiz",
  P=(1200, 1200, "CHF", "project"), H=(30, 30), due="2026-11-15", micro=1, occ="WR", c="CH")
S("Asistente virtual bilingüe (medio tiempo)",
  "USD 8 por hora, 20 horas semanales. Trabajo remoto desde Latinoamérica.",
  loc="Remoto - LATAM",
  P=(8, 8, "USD", "hour"), W=20, micro=0, occ="CL", rem="remote")
S("Estágio em Desenvolvimento Web",
  "Bolsa-auxílio de R$ 1.800,00 por mês, 30 horas semanais. Para estudantes de Ciência da Computação.",
  loc="São Paulo, SP, Brasil",
  P=(1800, 1800, "BRL", "month"), W=30, micro=0, occ="SW", entry=1, c="BR")
S("Texter für Produktbeschreibungen gesucht",
  "Festpreis 300 € für 50 Produkttexte. Abgabe innerhalb von 2 Wochen.",
  P=(300, 300, "EUR", "project"), D=14, due="2026-10-26", micro=1, occ="WR")
S("Stage Assistant(e) communication - 6 mois",
  "Stage de 6 mois à temps plein, gratification de 650 € par mois. Pour étudiants en école de commerce.",
  loc="Lyon, France", emp="Stage",
  P=(650, 650, "EUR", "month"), D=180, micro=0, occ="SM", entry=1, c="FR")
S("Desarrollador backend senior (tiempo completo)",
  "Salario 45.000 - 55.000 € brutos al año. Más de 6 años de experiencia con Java.",
  loc="Barcelona, España", emp="Tiempo completo",
  P=(45000, 55000, "EUR", "year"), micro=0, occ="SW", entry=0, c="ES")
S("Tradutor freelance inglês-português",
  "R$ 0,12 por palavra, projeto de 5.000 palavras (R$ 600 no total). Entrega em 7 dias.",
  loc="Remoto",
  P=(600, 600, "BRL", "project"), D=7, due="2026-10-19", micro=1, occ="WR", rem="remote")
S("Aushilfe im Kundenservice (Minijob)",
  "Minijob auf 538-Euro-Basis, 13 € pro Stunde, etwa 10 Stunden pro Woche.",
  loc="Köln", emp="Minijob",
  P=(13, 13, "EUR", "hour"), W=10, micro=0, occ="CL", c="DE")
S("Graphiste freelance - identité visuelle d'un restaurant",
  "Rémunération : 1 200 € forfaitaires. Délai : 3 semaines.",
  loc="Paris, France",
  P=(1200, 1200, "EUR", "project"), D=21, micro=1, occ="CR", c="FR")
S("Profesor de inglés online (por horas)",
  "Pagamos 12 € la hora, horario flexible.",
  loc="Remoto",
  P=(12, 12, "EUR", "hour"), micro=0, occ="WR", rem="remote")
S("Analista de dados júnior",
  "CLT, tempo integral, salário de R$ 4.500 por mês. Vaga para recém-formados.",
  loc="Belo Horizonte, MG", emp="Tempo integral",
  P=(4500, 4500, "BRL", "month"), micro=0, occ="SW", entry=1, c="BR")

# --- Other currencies and units ---
S("Casual event photographer - Auckland",
  "NZ$60 per hour, one 6-hour shoot on Saturday.", loc="Auckland, New Zealand",
  P=(60, 60, "NZD", "hour"), H=(6, 6), micro=1, occ="CR", c="NZ")
S("Community manager freelance",
  "Pago mensual de $8,000 MXN, 10 horas por semana.", loc="Ciudad de México, México",
  P=(8000, 8000, "MXN", "month"), W=10, micro=0, occ="SM", c="MX")
S("Transcriptionist (isiZulu to English)",
  "ZAR 1,500 flat for six audio files, roughly 8 hours of work.", loc="Durban, South Africa",
  P=(1500, 1500, "ZAR", "project"), H=(8, 8), micro=1, occ="CL", c="ZA")
S("Video subtitle editor (Japanese to English)",
  "¥3,000 per video, ten videos, about 20 hours in total.", loc="Tokyo, Japan",
  P=(3000, 3000, "JPY", "project"), H=(20, 20), micro=1, occ="WR", c="JP")
S("Tester manualny - zlecenie",
  "Stawka 60 zł/h, około 40 godzin w listopadzie. Praca zdalna.", loc="Warszawa, Polska",
  P=(60, 60, "PLN", "hour"), H=(40, 40), micro=1, occ="SW", c="PL")
S("Frilansande grafisk formgivare",
  "Arvode 8 000 kr för hela uppdraget, cirka 20 timmar.", loc="Stockholm, Sverige",
  P=(8000, 8000, "SEK", "project"), H=(20, 20), micro=1, occ="CR", c="SE")
S("Temporary warehouse associate - 3 weeks",
  "$680 per week, 40 hours/week, December 1 to December 21.", loc="Columbus, OH", emp="Temporary",
  P=(680, 680, "USD", "week"), W=40, D=21, H=(120, 120), micro=0, occ=None, c="US")
S("Logo design for a tiffin service",
  "Budget ₹3,000 fixed. Need three options within 4 days.", loc="Hyderabad, India",
  P=(3000, 3000, "INR", "project"), D=4, due="2026-10-16", micro=1, occ="CR", c="IN")
S("Content Writing Internship",
  "Stipend: ₹10,000 per month. Duration: 2 months. Work from home. Open to college students.",
  loc="Work From Home", ctry="IN", emp="Internship",
  P=(10000, 10000, "INR", "month"), D=60, micro=0, occ="WR", entry=1, rem="remote", c="IN")
S("Data Science Intern (3 months)",
  "₹15,000 stipend per month for 3 months, 30 hrs/week.", loc="Bengaluru, Karnataka", emp="Internship",
  P=(15000, 15000, "INR", "month"), W=30, D=90, H=(385.7, 385.7), micro=0, occ="SW", entry=1, c="IN")
S("Casual Admin Assistant",
  "AUD 32-36 per hour, 15 hours per week for 4 weeks covering parental leave. No experience needed.",
  loc="Brisbane QLD, Australia", emp="Casual",
  P=(32, 36, "AUD", "hour"), W=15, D=28, H=(60, 60), micro=0, occ="CL", entry=1, c="AU")
S("Bookkeeper - month-end close (contract)",
  "CA$55/hour, approx. 25 hours over November. Must know QuickBooks Online.",
  loc="Toronto, ON, Canada", emp="Contract",
  P=(55, 55, "CAD", "hour"), H=(25, 25), micro=1, occ="PS", c="CA")
S("Freelance UX Researcher - 10 days",
  "£450/day outside IR35, 10 days of work across November.", loc="Remote (UK)",
  P=(450, 450, "GBP", "day"), H=(80, 80), micro=0, occ="CR", rem="remote", c="GB")
S("Singapore: Part-time Market Research Assistant",
  "S$20 per hour, 12 hours per week for 6 weeks. Undergraduates welcome.", loc="Singapore", emp="Part-time",
  P=(20, 20, "SGD", "hour"), W=12, D=42, H=(72, 72), micro=0, occ="SM", entry=1, c="SG")
S("Weekend Retail Associate",
  "Paid weekly, £11.44 an hour, Saturdays and Sundays.", loc="Bristol, UK", emp="Part-time",
  P=(11.44, 11.44, "GBP", "hour"), micro=0, occ=None, c="GB")
S("Short film colourist (2 days)",
  "€300 per day, 2 days in December.", loc="Dublin, Ireland",
  P=(300, 300, "EUR", "day"), H=(16, 16), micro=1, occ="CR", c="IE")
S("Translator EN>JA for a product launch",
  "JPY 150,000 flat for about 30 hours of work.", loc="Remote (Japan)",
  P=(150000, 150000, "JPY", "project"), H=(30, 30), micro=1, occ="WR", rem="remote", c="JP")
S("Polish-speaking sales rep (commission)",
  "Base 6 000 PLN per month plus commission. Full-time.", loc="Kraków, Poland", emp="Full-time",
  P=(6000, 6000, "PLN", "month"), micro=0, occ="SM", c="PL")
S("Kundtjänstmedarbetare (extra)",
  "Timlön 160 kr, cirka 8 timmar i veckan.", loc="Göteborg, Sweden", emp="Part-time",
  P=(160, 160, "SEK", "hour"), W=8, micro=0, occ="CL", c="SE")

# --- Effort phrasing (hours, days, weeks) and deadlines ---
S("Landing page in Webflow",
  "Paying $600 flat. Expect 2-3 days of work. Must be live by October 30.", cur="USD",
  P=(600, 600, "USD", "project"), H=(16, 24), due="2026-10-30", micro=1, occ="SW")
S("Podcast show notes writer",
  "$40 per episode. Each set of notes takes around 1 hour. Ongoing, weekly.", cur="USD",
  P=(40, 40, "USD", "piece"), micro=1, occ="WR")
S("Shopify theme tweaks",
  "About 10-15 hours of work. $55/h. Apply by Friday.", cur="USD",
  P=(55, 55, "USD", "hour"), H=(10, 15), exp="2026-10-16", micro=1, occ="SW")
S("Pitch deck design for seed round",
  "$1,500 fixed. 12 slides, needed by November 3. Estimated effort: 25 hours.", cur="USD",
  P=(1500, 1500, "USD", "project"), H=(25, 25), due="2026-11-03", micro=1, occ="CR")
S("User interviews note-taker",
  "Join 6 one-hour calls and write summaries; roughly 10 hours total. $30 an hour. Applications close October 20.",
  cur="USD",
  P=(30, 30, "USD", "hour"), H=(10, 10), exp="2026-10-20", micro=1, occ="CL")
S("Grant proposal editor",
  "Edit a 15-page NIH proposal. 1 week turnaround, about 12 hours. $75/hour.", cur="USD",
  P=(75, 75, "USD", "hour"), H=(12, 12), D=7, micro=1, occ="WR")
S("Spreadsheet cleanup (one-off task)",
  "One-off task, 3 hours max, $20/hr.", cur="USD",
  P=(20, 20, "USD", "hour"), H=(None, 3), micro=1, occ="CL")
S("Part-time QA tester - 3 weeks",
  "10 hrs/week for 3 weeks testing our iOS app. €20 per hour.", loc="Remote (EU)",
  P=(20, 20, "EUR", "hour"), W=10, D=21, H=(30, 30), micro=1, occ="SW", rem="remote")
S("Marketing email sequence",
  "Write a 5-email onboarding sequence. $350 total. Deliver within 2 weeks.", cur="USD",
  P=(350, 350, "USD", "project"), D=14, due="2026-10-26", micro=1, occ="WR")
S("Half-day workshop facilitator",
  "£250 for a half-day session (4 hours) on November 12.", loc="Cambridge, UK",
  P=(250, 250, "GBP", "project"), H=(4, 4), micro=1, occ="PS", c="GB")
S("Illustrations for a blog series",
  "Six spot illustrations. $90 each. Turnaround 10 days.", cur="USD",
  P=(90, 90, "USD", "piece"), D=10, micro=1, occ="CR")
S("Database migration contractor",
  "Migrate MySQL to Postgres. 2-3 weeks at ~10 hrs/week, $80/hour.", cur="USD",
  P=(80, 80, "USD", "hour"), W=10, D=21, H=(20, 30), micro=1, occ="SW")
S("Conference live-tweeter",
  "Cover our two-day conference on social media, 16 hours total. $400 flat fee.", cur="USD",
  P=(400, 400, "USD", "project"), H=(16, 16), micro=1, occ="SM")
S("Medical Scribe - full time",
  "Full-time, 40 hours per week, $17-$20/hr. Pre-med students encouraged to apply.", loc="Houston, TX", emp="Full-time",
  P=(17, 20, "USD", "hour"), W=40, micro=0, occ="CL", entry=1, c="US")
S("Resume review for 30 students",
  "$15 per resume, 30 resumes, due next Monday.", cur="USD",
  P=(15, 15, "USD", "piece"), due="2026-10-19", micro=1, occ="PS")
S("Infographic from a research report",
  "Budget: $200. Deliver by 28 October.", cur="USD",
  P=(200, 200, "USD", "project"), due="2026-10-28", micro=1, occ="CR")
S("Quick logo refresh",
  "Small project, should take an afternoon. Pay is $120.", cur="USD",
  P=(120, 120, "USD", "project"), micro=1, occ="CR")
S("Excel VBA macro for invoice generation",
  "Estimated 8 hours. Fixed price $320.", market=True, cur="USD",
  P=(320, 320, "USD", "project"), H=(8, 8), micro=1, occ="SW")

# --- Unpaid, volunteer, missing pay ---
S("Volunteer social media helper for an animal shelter",
  "This is an unpaid volunteer role, about 3 hours a week. A nice way to build your portfolio.",
  paid=0, W=3, micro=0, occ="SM")
S("Unpaid Marketing Internship",
  "Unpaid, 10 hours per week for 8 weeks. For university students looking for experience.",
  loc="Remote", emp="Internship",
  paid=0, W=10, D=56, H=(80, 80), micro=0, occ="SM", entry=1, rem="remote")
S("Stage non rémunéré - assistant(e) de production",
  "Stage non rémunéré de 2 mois pour étudiants en audiovisuel.", loc="Marseille, France", emp="Stage",
  paid=0, D=60, micro=0, occ="CR", entry=1, c="FR")
S("Pro bono website for a community garden",
  "We are a small volunteer group with no budget. Pro bono work, 10-20 hours.", loc="Portland, OR",
  paid=0, H=(10, 20), micro=0, occ="SW", c="US")
S("Freelance Grant Writer",
  "We're looking for an experienced grant writer for several applications this winter.", loc="Remote",
  micro=0, occ="WR", rem="remote")
S("Backend Developer (Node.js)",
  "Join our platform team. Competitive salary and stock options. 4+ years of experience.", loc="Warsaw, Poland",
  emp="Full-time", micro=0, occ="SW", entry=0, c="PL")
S("Paid user testing session",
  "Paid 45-minute research session about budgeting apps. Compensation provided via gift card.", loc="Remote - US",
  paid=1, H=(0.75, 0.75), micro=1, occ="CL", rem="remote", c="US")
S("Sin remuneración: voluntariado de traducción",
  "Buscamos traductores voluntarios para una ONG. Sin remuneración, 2 horas por semana.", loc="Remoto",
  paid=0, W=2, micro=0, occ="WR", rem="remote")
S("Podcast guest booker (commission only)",
  "Contractor role. Flexible hours.", loc="Remote", emp="Contractor",
  micro=0, occ="SM", rem="remote")

# --- Full-time roles that must not be micro ---
S("Full Stack Engineer",
  "Permanent full-time role. $130,000 - $150,000/yr. Hybrid, 2 days a week in our Denver office.",
  loc="Denver, CO (Hybrid)", emp="FULL_TIME",
  P=(130000, 150000, "USD", "year"), micro=0, occ="SW", rem="hybrid", c="US")
S("Account Executive, Mid-Market",
  "Base salary: $90,000 - $110,000. Full-time. 3+ years closing SaaS deals.", loc="Remote - US", emp="Full-time",
  P=(90000, 110000, "USD", "year"), micro=0, occ="SM", rem="remote", c="US")
S("Senior Product Designer",
  "£70,000 - £85,000 per year, full-time, remote within the UK.", loc="Remote, United Kingdom", emp="Full-time",
  P=(70000, 85000, "GBP", "year"), micro=0, occ="CR", entry=0, rem="remote", c="GB")
S("HR Generalist",
  "Full-time, CHF 95'000 - 105'000 per year.", loc="Basel, Switzerland", emp="FULL_TIME",
  P=(95000, 105000, "CHF", "year"), micro=0, occ="PS", c="CH")
S("DevOps Engineer",
  "Full-time permanent position. 7.000 - 8.500 € pro Monat (12 Gehälter).", loc="Wien, Österreich", emp="Vollzeit",
  P=(7000, 8500, "EUR", "month"), micro=0, occ="SW", c="AT")
S("Copy Editor (full-time)",
  "Full-time staff role, $58,000/year. We publish 20 stories a day.", loc="Washington, DC", emp="Full-time",
  P=(58000, 58000, "USD", "year"), micro=0, occ="WR", c="US")
S("Project Manager, Construction",
  "Full-time. $95k-$120k annually. 5+ years managing commercial projects.", loc="Atlanta, GA", emp="Full-time",
  P=(95000, 120000, "USD", "year"), micro=0, occ="PS", entry=0, c="US")
S("Data Entry Operator",
  "Full-time, ₹18,000 - ₹22,000 per month, fresher candidates can apply.", loc="Pune, Maharashtra, India", emp="Full Time",
  P=(18000, 22000, "INR", "month"), micro=0, occ="CL", entry=1, c="IN")
S("Head of Growth",
  "Lead a team of six. A$180,000 - A$210,000 + super. Full-time.", loc="Sydney NSW, Australia", emp="Full-time",
  P=(180000, 210000, "AUD", "year"), micro=0, occ="SM", entry=0, c="AU")
S("Customer Service Representative",
  "Full-time, C$21/hour, 37.5 hours per week. No experience required, paid training.", loc="Halifax, NS, Canada",
  emp="Full-time",
  P=(21, 21, "CAD", "hour"), W=37.5, micro=0, occ="CL", entry=1, c="CA")
S("Software Engineer II",
  "Full-time. The pay range is 9,000,000 - 12,000,000 JPY per year.", loc="Tokyo, Japan", emp="FULL_TIME",
  P=(9000000, 12000000, "JPY", "year"), micro=0, occ="SW", c="JP")
S("Paralegal",
  "Permanent, full time, 60 000 - 68 000 kr per month.", loc="Stockholm, Sweden", emp="Full-time",
  P=(60000, 68000, "SEK", "month"), micro=0, occ="PS", c="SE")
S("Senior Video Producer",
  "Full-time role with benefits. $95,000-$115,000. Minimum 6 years producing branded video.", loc="Los Angeles, CA",
  emp="Full-time",
  P=(95000, 115000, "USD", "year"), micro=0, occ="CR", entry=0, c="US")

# --- HTML descriptions and messy text ---
S("Freelance Web Developer",
  html="<h3>About the gig</h3><ul><li>Budget: <b>$1,000</b> fixed</li><li>Timeline: 2 weeks</li>"
       "<li>About 25 hours of work</li></ul><p>Deliver by Nov. 10.</p>",
  cur="USD", loc="Remote",
  P=(1000, 1000, "USD", "project"), H=(25, 25), due="2026-11-10", micro=1, occ="SW", rem="remote")
S("Graphic Designer &amp; Illustrator (contract)",
  html="&lt;p&gt;Contract role, &lt;strong&gt;$40&amp;ndash;$50 per hour&lt;/strong&gt;, about 20 hours per week "
       "for 4 weeks.&lt;/p&gt;",
  loc="Remote - US", emp="Contract",
  P=(40, 50, "USD", "hour"), W=20, D=28, H=(80, 80), micro=0, occ="CR", rem="remote", c="US")
S("Junior Copywriter",
  html="<p>We raised $12M in Series A funding last year.</p><p>Salary: $48,000 - $55,000 per year. Recent graduates welcome.</p>",
  loc="Chicago, IL", emp="Full-time",
  P=(48000, 55000, "USD", "year"), micro=0, occ="WR", entry=1, c="US")
S("Customer Support Specialist",
  html="<p>Our customers saved $2 million last year. We pay <strong>$20 - $24/hr</strong>, full-time.</p>",
  loc="Remote (USA)", emp="Full-time",
  P=(20, 24, "USD", "hour"), micro=0, occ="CL", rem="remote", c="US")
S("Sales Associate",
  html="<p>$1,000 sign-on bonus! Pay: $16/hour. Part-time, 20-25 hours per week.</p>",
  loc="Tampa, FL", emp="Part-time",
  P=(16, 16, "USD", "hour"), W=22.5, micro=0, occ="SM", c="US")
S("Data Annotator (Spanish)",
  html="<p>Tarea: etiquetar 2 000 frases.</p><p>Pago: <b>$150 USD</b> por el proyecto completo, unas 10 horas.</p>",
  loc="Remoto",
  P=(150, 150, "USD", "project"), H=(10, 10), micro=1, occ="CL", rem="remote")
S("Frontend contractor (React)",
  "Rate: 50-70 EUR depending on experience. Long-term collaboration, 3 days a week.",
  loc="Remote - Europe", emp="Contract",
  P=(50, 70, "EUR", None), micro=0, occ="SW", rem="remote")
S("Freelance Photographer - product shoot",
  "Shoot 40 products on white background. Budget around €500. We cover the studio.", loc="Utrecht, Netherlands",
  P=(500, 500, "EUR", "project"), micro=1, occ="CR", c="NL")
S("Part-Time Bookkeeper",
  "We are a 12-person firm. $28-$32 an hour, 15-20 hours per week, ongoing.", loc="Boise, ID", emp="Part-time",
  P=(28, 32, "USD", "hour"), W=17.5, micro=0, occ="PS", c="US")
S("Hybrid Office Assistant (Paris)",
  "CDD de 3 mois, 35 heures par semaine, 1 900 € brut par mois.", loc="Paris, France (hybride)", emp="CDD",
  P=(1900, 1900, "EUR", "month"), W=35, D=90, micro=0, occ="CL", rem="hybrid", c="FR")
S("Remote Spanish Translator (legal documents)",
  "Certified translator needed for 12 pages. $0.10/word, about 4,000 words ($400). Deliver by Oct 23.", cur="USD",
  loc="Remote",
  P=(400, 400, "USD", "project"), due="2026-10-23", micro=1, occ="WR", rem="remote")
S("Onsite IT support technician (1 week)",
  "$35/hr, 40 hours during one office move week.", loc="Seattle, WA (on-site)", emp="Temporary",
  P=(35, 35, "USD", "hour"), H=(40, 40), D=7, W=40, micro=1, occ="SW", rem="onsite", c="US")
