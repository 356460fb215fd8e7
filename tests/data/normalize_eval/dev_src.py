# Dev split: used to find and fix gaps in normalize/ and asserted by tests/test_normalize_eval.py.
# Same notation and conventions as heldout_src.py (see its header).

# --- Reddit / thread posts ---
S("[Hiring] Logo for a coffee cart - $100 (fixed)",
  "Need a simple round logo for my coffee cart. One concept is fine. Need it by next Friday.",
  P=(100, 100, "USD", "project"), due="2026-10-23", micro=1, occ="CR", t="Logo for a coffee cart")
S("[Hiring] Resume formatting in Word - $30 fixed price",
  "Turn my 2-page resume into a clean template. 1 hour job for someone who knows Word.",
  P=(30, 30, "USD", "project"), H=(1, 1), micro=1, occ="CL", t="Resume formatting in Word")
S("[HIRING] Blog writer for pet store, $0.08/word",
  "Four articles of 1,000 words each about dog nutrition. Ongoing if it works out.",
  P=(0.08, 0.08, "USD", "piece"), micro=1, occ="WR", t="Blog writer for pet store")
S("[Hiring] Need someone to cut 10 TikTok clips from a podcast - $15/clip",
  "Vertical clips with captions. 10 clips this week.",
  P=(15, 15, "USD", "piece"), micro=1, occ="CR")
S("[Hiring] Discord bot for a study group - $120",
  "Reminders and a pomodoro timer command. Python or JS. Quick gig.",
  P=(120, 120, "USD", "project"), micro=1, occ="SW", t="Discord bot for a study group")
S("[Hiring] Flyer design for a yard sale — $40 flat fee",
  "One-page flyer, print-ready PDF. I need it tomorrow.",
  P=(40, 40, "USD", "project"), due="2026-10-13", micro=1, occ="CR", t="Flyer design for a yard sale")
S("[HIRING] Research assistant for a history podcast | $22/hr | ~10 hrs",
  "Find primary sources about 1920s radio. About 10 hours total.",
  P=(22, 22, "USD", "hour"), H=(10, 10), micro=1, occ="WR", t="Research assistant for a history podcast")
S("[Hiring] Make my Squarespace site mobile-friendly ($200)",
  "Four pages, some overlapping images on phones. Should be a small job.",
  P=(200, 200, "USD", "project"), micro=1, occ="SW", t="Make my Squarespace site mobile-friendly")
S("[Hiring] Editor for a 70k-word fantasy novel - $700 flat",
  "Line edit, track changes. I'd like it back within 3 weeks.",
  P=(700, 700, "USD", "project"), D=21, due="2026-11-02", micro=1, occ="WR", t="Editor for a 70k-word fantasy novel")
S("[Hiring] Data entry from business cards, $18/hour",
  "About 600 cards scanned as images. Estimate 6-8 hours of work.",
  P=(18, 18, "USD", "hour"), H=(6, 8), micro=1, occ="CL", t="Data entry from business cards")
S("[Hiring] UGC creator for a skincare brand - $150 per video",
  "Two 30-second videos. Product shipped to you. US creators only.",
  loc="United States", P=(150, 150, "USD", "piece"), micro=1, occ="SM", c="US",
  t="UGC creator for a skincare brand")
S("[Hiring] Fix my Google Ads account - $60/hr, 5 hours max",
  "Campaigns overspend. Need an audit and fixes, 5 hours max.",
  P=(60, 60, "USD", "hour"), H=(None, 5), micro=1, occ="SM", t="Fix my Google Ads account")
S("[Hiring] Someone to assemble IKEA furniture in Austin - $80",
  "Two bookcases and a desk, this Saturday.", loc="Austin, TX",
  P=(80, 80, "USD", "project"), micro=1, occ=None, c="US", t="Someone to assemble IKEA furniture in Austin")
S("[HIRING] Wedding video highlight reel (5 min) - €350",
  "Raw footage is 4 hours. Need the reel within two weeks.",
  P=(350, 350, "EUR", "project"), D=14, due="2026-10-26", micro=1, occ="CR", t="Wedding video highlight reel (5 min)")
S("[Hiring] Pixel artist for 20 game sprites - $10 per sprite, $200 total",
  "32x32 sprites, 4 animation frames each.",
  P=(200, 200, "USD", "project"), micro=1, occ="CR")
S("[Hiring] Cold email copy for a roofing company - $150",
  "Three-email sequence. Fixed price, paid on delivery.",
  P=(150, 150, "USD", "project"), micro=1, occ="SM", t="Cold email copy for a roofing company")
S("[Hiring] Help me set up a Notion CRM — $25/hr for about 6 hours",
  "Small agency, need pipelines and templates.",
  P=(25, 25, "USD", "hour"), H=(6, 6), micro=1, occ="CL", t="Help me set up a Notion CRM")
S("[Hiring] Long-term virtual assistant - $6/hr, 40 hrs/week",
  "Ongoing full-time VA for an e-commerce store. Inbox, orders, supplier follow-ups.",
  P=(6, 6, "USD", "hour"), W=40, micro=0, occ="CL", t="Long-term virtual assistant")
S("[Hiring] Looking for a beta reader, paid",
  "Finished a 60k-word thriller. Paid, rate to be discussed.",
  paid=1, micro=0, occ="WR")
S("[Hiring] Artist for album cover — for exposure, big following",
  "No budget right now but the band has 20k followers.",
  paid=0, micro=0, occ="CR")
S("[Hiring] Typing job, earn $400 weekly, WhatsApp only",
  "Text me on WhatsApp only. Small registration fee required before you start.",
  P=(400, 400, "USD", "week"), micro=0, occ="CL", scam=1)
S("[Hiring] Spreadsheet formulas help - $20",
  "Need a VLOOKUP fixed. 30 minutes of work.",
  P=(20, 20, "USD", "project"), H=(0.5, 0.5), micro=1, occ="CL", t="Spreadsheet formulas help")
S("[Hiring] Proofread a 10-page grant application - $80 fixed",
  "Deadline is Thursday.",
  P=(80, 80, "USD", "project"), due="2026-10-15", micro=1, occ="WR", t="Proofread a 10-page grant application")
S("[Hiring] Website copy for a yoga studio ($300 budget)",
  "Home, about, classes and pricing pages.",
  P=(300, 300, "USD", "project"), micro=1, occ="WR", t="Website copy for a yoga studio")
S("[Task] Find 50 Instagram accounts in the vegan niche - $10",
  "Just a list with follower counts.",
  P=(10, 10, "USD", "project"), micro=1, occ="SM", t="Find 50 Instagram accounts in the vegan niche")
S("[Hiring] Mobile game tester, $15/hour, 2 hours",
  "Play our new puzzle game for 2 hours and fill in a survey. Android only.",
  P=(15, 15, "USD", "hour"), H=(2, 2), micro=1, occ="SW", t="Mobile game tester")
S("[Hiring] Animated Twitch overlay - $250 (fixed)",
  "Animated alerts and a starting-soon screen.",
  P=(250, 250, "USD", "project"), micro=1, occ="CR", t="Animated Twitch overlay")
S("[Hiring] Accountant to file my LLC taxes - $500",
  "Single-member LLC, simple books. Before the end of the month.",
  P=(500, 500, "USD", "project"), micro=1, occ="PS", t="Accountant to file my LLC taxes")
S("[Hiring] Part-time social media manager (£15/h, 8h/week)",
  "Ongoing role for a London cafe chain.", loc="London, UK",
  P=(15, 15, "GBP", "hour"), W=8, micro=0, occ="SM", c="GB", t="Part-time social media manager")
S("[Hiring] Translate a 2-page contract German to English - 80 EUR",
  "Legal wording, needed within 48 hours.",
  P=(80, 80, "EUR", "project"), micro=1, occ="WR", t="Translate a 2-page contract German to English")

# --- Scams and hard negatives ---
S("Work From Home Package Handler",
  "Receive packages at home and reship them. Pay a $75 training fee before you start. Earn $3,000/month.",
  P=(3000, 3000, "USD", "month"), micro=0, occ="CL", rem="remote", scam=1)
S("Mystery Shopper Needed",
  "We will send you a check for $2,450. Cash the check at your bank, keep $300 as your pay and send the rest by gift cards.",
  P=(300, 300, "USD", None), micro=0, occ=None, scam=1, paid=1)
S("Crypto Portfolio Assistant",
  "Help clients invest in bitcoin. You must first invest $500 of your own to unlock profits of 10% weekly.",
  micro=0, occ=None, scam=1)
S("Remote Admin Assistant - Telegram interview",
  "Interviews are conducted solely via Telegram. $28/hr, no experience necessary.",
  P=(28, 28, "USD", "hour"), micro=0, occ="CL", entry=1, rem="remote", scam=1)
S("Product Reviewer - Amazon",
  "Buy products with your own money, leave a 5-star review and we refund you plus $10 commission. Contact via WhatsApp: +44 7700 900123",
  micro=0, occ="SM", paid=1, scam=1)
S("USDT trading assistant",
  "Earn 5% returns daily trading USDT with our team. Join our Telegram group.",
  micro=0, occ=None, scam=1)
S("Application processing clerk",
  "An application fee of $35 is required. Work from home, $25/hour.",
  P=(25, 25, "USD", "hour"), micro=0, occ="CL", scam=1)
S("Check Deposit Processor",
  "Deposit checks into your personal account and transfer funds to our clients. $400 per week.",
  P=(400, 400, "USD", "week"), micro=0, occ="CL", scam=1)
S("Senior Security Engineer (Crypto)",
  "Full-time role at a bitcoin custody company. Protect client funds and investment accounts. $180k-$220k per year.",
  loc="Remote - US", emp="Full-time",
  P=(180000, 220000, "USD", "year"), micro=0, occ="SW", entry=0, rem="remote", c="US")
S("Treasury Operations Analyst",
  "Full-time. Reconcile wires, ACH and check payments. $70,000-$80,000 per year.",
  loc="Dallas, TX", emp="Full-time",
  P=(70000, 80000, "USD", "year"), micro=0, occ="PS", c="US")
S("Community Support (Telegram & Discord)",
  "Moderate our Telegram and Discord communities. $20/hour, 20 hours per week, contract.",
  loc="Remote", emp="Contract",
  P=(20, 20, "USD", "hour"), W=20, micro=0, occ="CL", rem="remote")
S("Customer Care Representative",
  "Part-time, $17/hour. We will never ask you to pay a fee to apply or to buy equipment.",
  loc="Remote - US", emp="Part-time",
  P=(17, 17, "USD", "hour"), micro=0, occ="CL", rem="remote", c="US")
S("Quant Researcher",
  "Full-time at a trading firm. Research investment strategies in crypto and FX markets. $200,000 - $300,000 per year.",
  loc="New York, NY", emp="Full-time",
  P=(200000, 300000, "USD", "year"), micro=0, occ="SW", c="US")
S("Sales Rep (WhatsApp Business)",
  "Full-time. Sell our products to customers over WhatsApp Business and phone. R$ 2.500 por mês + comissão.",
  loc="Recife, Brasil", emp="Full-time",
  P=(2500, 2500, "BRL", "month"), micro=0, occ="SM", c="BR")
S("Data entry, $50/hour, no interview",
  "Message our recruiter on Telegram only @recruit_fast. Training fee of $60 required.",
  P=(50, 50, "USD", "hour"), micro=0, occ="CL", scam=1)

# --- Board listings ---
S("Contract UX Designer (6 weeks, part-time)",
  "$60-$75/hour, 20 hours per week for 6 weeks. Figma expert.", loc="Remote - USA", emp="Contract",
  P=(60, 75, "USD", "hour"), W=20, D=42, H=(120, 120), micro=0, occ="CR", rem="remote", c="US")
S("Staff Data Engineer",
  "Full-time. Base salary range: $185,000 - $225,000 per year. 8+ years of experience.", loc="Seattle, WA",
  emp="Full-time",
  P=(185000, 225000, "USD", "year"), micro=0, occ="SW", entry=0, c="US")
S("Product Marketing Manager",
  "£55,000 - £65,000 per annum, full-time, 2 days a week in our London office.", loc="London, UK (Hybrid)",
  emp="Full-time",
  P=(55000, 65000, "GBP", "year"), micro=0, occ="SM", rem="hybrid", c="GB")
S("Freelance Translator (DE>EN) - 3 documents",
  "Fixed fee €450 for three short documents, about 10 hours of work, delivery within 1 week.", loc="Remote",
  P=(450, 450, "EUR", "project"), H=(10, 10), D=7, due="2026-10-19", micro=1, occ="WR", rem="remote")
S("Brightwave | iOS Engineer | Remote (US) | Full-time | $150k-$180k",
  "Swift, SwiftUI, and a love for accessibility.", loc="Remote (US)", emp="Full-time",
  P=(150000, 180000, "USD", "year"), micro=0, occ="SW", rem="remote", c="US")
S("Office Manager",
  "Salary: 55k-65k. Full-time in our office.", loc="Portland, OR", emp="Full-time",
  P=(55000, 65000, None, "year"), micro=0, occ="CL", c="US")
S("Interim Controller (2-month contract)",
  "£550/day, full-time for 2 months.", loc="Edinburgh, Scotland", emp="Contract",
  P=(550, 550, "GBP", "day"), D=60, micro=0, occ="PS", c="GB")
S("Freelance Animator for an explainer",
  "€30-40/h depending on experience. About 35 hours over 3 weeks.", loc="Remote",
  P=(30, 40, "EUR", "hour"), H=(35, 35), D=21, micro=1, occ="CR", rem="remote")
S("Research assistant - survey coding",
  "$18/hr for ~20 hours. Code open-ended survey answers in a spreadsheet. Undergraduates welcome.",
  loc="Remote (US only)",
  P=(18, 18, "USD", "hour"), H=(20, 20), micro=1, occ="CL", entry=1, rem="remote", c="US")
S("Brand identity package",
  "USD 2,000 per project: logo, palette, typography. Three-week timeline.", loc="Anywhere",
  P=(2000, 2000, "USD", "project"), D=21, micro=1, occ="CR", rem="remote")
S("Principal Engineer, Infrastructure",
  "<p>The annual base salary range for this position is $240,000 - $280,000.</p><p>12+ years of experience.</p>",
  loc="Remote - US", emp="Full-time",
  P=(240000, 280000, "USD", "year"), micro=0, occ="SW", entry=0, rem="remote", c="US")
S("Brand Designer (Contract, 3 weeks)",
  "3-week contract at 25 hours/week, $55-$65 per hour.", loc="Vancouver, BC, Canada", emp="Contract",
  P=(55, 65, "CAD", "hour"), W=25, D=21, H=(75, 75), micro=0, occ="CR", c="CA")
S("API Documentation Writer",
  "Approximately 25 hours total, $65/hour. Due November 20.", loc="Remote - Worldwide", emp="Contractor", cur="USD",
  P=(65, 65, "USD", "hour"), H=(25, 25), due="2026-11-20", micro=1, occ="WR", rem="remote")
S("Licensed Practical Nurse",
  "Full-time, $30-$36 per hour, 40 hours per week.", loc="Omaha, NE", emp="Full-time",
  P=(30, 36, "USD", "hour"), W=40, micro=0, occ=None, c="US")
S("Junior Data Analyst",
  "Ideal first role for a new graduate. SQL and Excel. €38.000 - €44.000 brutto pro Jahr.", loc="Frankfurt, Germany",
  emp="Full-time",
  P=(38000, 44000, "EUR", "year"), micro=0, occ="SW", entry=1, c="DE")
S("Technical SEO fixes",
  "One-time project: fix Core Web Vitals issues on 10 templates. $1,200 fixed. About 25 hours.", loc="Remote", cur="USD",
  P=(1200, 1200, "USD", "project"), H=(25, 25), micro=1, occ="SM", rem="remote")
S("Account Executive",
  "OTE $120,000 (50/50 split). Full-time, 3+ years of SaaS sales.", loc="Boston, MA", emp="FULL_TIME",
  P=(120000, 120000, "USD", "year"), micro=0, occ="SM", c="US")
S("Part-time Community Manager",
  "$28/hour, 12 hours a week, ongoing.", loc="Remote (US)", emp="Part-time",
  P=(28, 28, "USD", "hour"), W=12, micro=0, occ="SM", rem="remote", c="US")
S("Image Annotation Project (10 days)",
  "Draw polygons around crops in drone images. $15/hour, full-time for ten days (80 hours). Beginners welcome.",
  loc="Remote - Kenya",
  P=(15, 15, "USD", "hour"), H=(80, 80), D=10, W=40, micro=0, occ="CL", entry=1, rem="remote", c="KE")
S("Temporary Receptionist (2 days)",
  "Cover our front desk for two days, 8 hours a day. £13 per hour.", loc="Oxford, England", emp="Temporary",
  P=(13, 13, "GBP", "hour"), H=(16, 16), D=2, micro=1, occ="CL", c="GB")
S("Senior Frontend Engineer",
  "Full-time, $150,000 to $175,000 per year. 6+ years building React applications.", loc="Remote, US", emp="Full-time",
  P=(150000, 175000, "USD", "year"), micro=0, occ="SW", entry=0, rem="remote", c="US")
S("Freelance Social Media Designer",
  "€250 per project, roughly 6 hours each. Several projects a month.", loc="Rotterdam, Netherlands", emp="Freelance",
  P=(250, 250, "EUR", "project"), H=(6, 6), micro=1, occ="CR", c="NL")
S("Email Marketing Specialist (contract)",
  "Contract for 4 weeks, 15 hrs/week, $45/hr. Klaviyo experience.", loc="Remote - US", emp="Contract",
  P=(45, 45, "USD", "hour"), W=15, D=28, H=(60, 60), micro=0, occ="SM", rem="remote", c="US")
S("IT Helpdesk Technician",
  "Full-time, $22-$26/hr. Entry-level, we train you.", loc="Raleigh, NC", emp="Full-time",
  P=(22, 26, "USD", "hour"), micro=0, occ="SW", entry=1, c="US")
S("Legal Intern (summer)",
  "Paid summer internship, $25/hour, 40 hours per week for 10 weeks. For second-year law students.",
  loc="Washington, DC", emp="Internship",
  P=(25, 25, "USD", "hour"), W=40, D=70, H=(400, 400), micro=0, occ="PS", entry=1, c="US")
S("Copywriter (freelance, per article)",
  "$120 per article, about 3 hours each. 4-6 articles per month.", loc="Remote", cur="USD",
  P=(120, 120, "USD", "piece"), H=(3, 3), micro=1, occ="WR", rem="remote")
S("Video Editor - YouTube channel",
  "$35-45/hour, 10-15 hours per week, long-term.", loc="Remote", cur="USD", emp="Contractor",
  P=(35, 45, "USD", "hour"), W=12.5, micro=0, occ="CR", rem="remote")
S("Bookkeeping Assistant (tax season)",
  "Temporary, January to April, 30 hours per week, $24/hour.", loc="Madison, WI", emp="Temporary",
  P=(24, 24, "USD", "hour"), W=30, micro=0, occ="PS", c="US")
S("Growth Marketer (Contract)",
  "3-month contract, €5,000 per month, full-time.", loc="Berlin, Germany", emp="Contract",
  P=(5000, 5000, "EUR", "month"), D=90, micro=0, occ="SM", c="DE")
S("AI Trainer - Math",
  "Write and check math solutions to train AI models. $40/hour, flexible, 5-20 hours per week.", loc="Remote",
  cur="USD", emp="Contractor",
  P=(40, 40, "USD", "hour"), W=12.5, micro=0, occ="WR", rem="remote")
S("Solutions Architect",
  "Full-time. Salary €85,000 - €100,000 per year.", loc="Dublin, Ireland", emp="Full-time",
  P=(85000, 100000, "EUR", "year"), micro=0, occ="SW", entry=0, c="IE")
S("Lead Generation Specialist",
  "Build a list of 500 qualified leads. $600 fixed, estimated 30 hours.", loc="Remote", cur="USD",
  P=(600, 600, "USD", "project"), H=(30, 30), micro=1, occ="SM", rem="remote")
S("Proofreader (one-off)",
  "One-off: proofread a 30-page annual report. $250, due October 22.", cur="USD",
  P=(250, 250, "USD", "project"), due="2026-10-22", micro=1, occ="WR")

# --- Structured pay fields ---
S("Customer Success Associate", "Full-time, great for early-career folks.",
  pmin=52000, pmax=60000, pcur="USD", punit="YEAR", loc="Atlanta, GA", emp="FULL_TIME",
  P=(52000, 60000, "USD", "year"), micro=0, occ="SM", entry=1, c="US")
S("Werkstudent Softwareentwicklung (m/w/d)", "Unterstütze unser Team mit TypeScript. 15-20 Std./Woche.",
  pmin="16", pmax="18", pcur="EUR", punit="HOUR", loc="Leipzig, Deutschland", emp="Werkstudent",
  P=(16, 18, "EUR", "hour"), W=17.5, micro=0, occ="SW", entry=1, c="DE")
S("Holiday Stocker", "Seasonal through December.",
  pay={"@type": "MonetaryAmount", "currency": "USD",
       "value": {"@type": "QuantitativeValue", "minValue": 17.5, "maxValue": 19, "unitText": "HOUR"}},
  loc="Fresno, CA, US", emp="SEASONAL",
  P=(17.5, 19, "USD", "hour"), micro=0, occ=None, c="US")
S("Payroll Officer", "Six-month fixed-term contract.",
  pay={"@type": "MonetaryAmount", "currency": "AUD", "value": {"@type": "QuantitativeValue", "value": 85000, "unitText": "YEAR"}},
  loc="Melbourne VIC, Australia", emp="TEMPORARY",
  P=(85000, 85000, "AUD", "year"), D=180, micro=0, occ="PS", c="AU")
S("Graduate Software Engineer", "Our graduate scheme starts in September.",
  pay="£32,000 - £36,000 a year", loc="Cardiff, United Kingdom", emp="Full-time",
  P=(32000, 36000, "GBP", "year"), micro=0, occ="SW", entry=1, c="GB")
S("Online Math Tutor", "Tutor high school students online.",
  pay="$25 - $35 / hour", loc="Remote", emp="Part-time", cur="USD",
  P=(25, 35, "USD", "hour"), micro=0, occ="PS", rem="remote")
S("Content Designer", "Contract.", pay="$80k - $100k", loc="Remote", cur="USD", emp="contract",
  P=(80000, 100000, "USD", "year"), micro=0, occ="WR", rem="remote")
S("Risk Analyst (fixed term)", "12-month fixed term.",
  pmin=95000, pmax=105000, pcur="CHF", punit="year", loc="Geneva, Switzerland", emp="Temporary",
  P=(95000, 105000, "CHF", "year"), micro=0, occ="PS", c="CH")
S("Trust & Safety Reviewer", "Review user reports.",
  pay="Up to $24/hr", loc="Remote - USA", emp="Part-time",
  P=(None, 24, "USD", "hour"), micro=0, occ="CL", rem="remote", c="US")
S("Brand Ambassador (one event)", "Staff our booth on November 14. One 6-hour shift.",
  pay="$180 for the event", loc="Miami, FL", emp="Temporary",
  P=(180, 180, "USD", "project"), H=(6, 6), micro=1, occ="SM", c="US")
S("Data Scientist", "Full-time, hybrid in Montreal.",
  pmin=110000, pmax=135000, pcur="CAD", punit="YEAR", loc="Montréal, Québec, Canada", emp="FULL_TIME",
  P=(110000, 135000, "CAD", "year"), micro=0, occ="SW", c="CA")
S("Freelance Illustrator", "Per-project work for our studio.",
  pay="€300 per project", loc="Ghent, Belgium", emp="Freelance",
  P=(300, 300, "EUR", "project"), micro=1, occ="CR", c="BE")
S("Marketing Intern", "Paid internship, 3 months.",
  pmin=1200, pmax=1200, pcur="EUR", punit="MONTH", loc="Madrid, Spain", emp="INTERN",
  P=(1200, 1200, "EUR", "month"), D=90, micro=0, occ="SM", entry=1, c="ES")
S("Sous Chef", "Full-time kitchen role.",
  pmin="18", pmax="21", pcur="GBP", punit="hour", loc="Leeds, UK", emp="FULL_TIME",
  P=(18, 21, "GBP", "hour"), micro=0, occ=None, c="GB")
S("QA Engineer", "Full-time.",
  pay={"@type": "MonetaryAmount", "currency": "PLN", "value": {"@type": "QuantitativeValue", "minValue": 12000,
                                                              "maxValue": 16000, "unitText": "MONTH"}},
  loc="Wrocław, Poland", emp="FULL_TIME",
  P=(12000, 16000, "PLN", "month"), micro=0, occ="SW", c="PL")
S("Frontend Developer", "Full-time.",
  pay={"@type": "MonetaryAmount", "currency": "BRL", "value": {"@type": "QuantitativeValue", "minValue": 8000,
                                                              "maxValue": 11000, "unitText": "MONTH"}},
  loc="Curitiba, Brazil", emp="FULL_TIME",
  P=(8000, 11000, "BRL", "month"), micro=0, occ="SW", c="BR")
S("Customer Support (Japanese)", "Full-time.",
  pmin=4000000, pmax=5000000, pcur="JPY", punit="YEAR", loc="Osaka, Japan", emp="FULL_TIME",
  P=(4000000, 5000000, "JPY", "year"), micro=0, occ="CL", c="JP")
S("Backend Engineer", "Full-time.",
  pmin=55000, pmax=65000, pcur="SEK", punit="MONTH", loc="Malmö, Sweden", emp="FULL_TIME",
  P=(55000, 65000, "SEK", "month"), micro=0, occ="SW", c="SE")
S("Delivery Driver", "Part-time evenings.",
  pay="$21.50/hr", loc="Sacramento, CA", emp="PART_TIME",
  P=(21.5, 21.5, "USD", "hour"), micro=0, occ=None, c="US")
S("Weekly Newsletter Writer", "Write one newsletter a week.",
  pay="$250/week", loc="Remote", cur="USD", emp="Contractor",
  P=(250, 250, "USD", "week"), micro=0, occ="WR", rem="remote")
S("Day-rate Product Photographer", "Studio shoots as needed.",
  pay="£350 per day", loc="Manchester, UK", emp="Freelance",
  P=(350, 350, "GBP", "day"), micro=0, occ="CR", c="GB")
S("Hourly Excel Consultant", "Ad-hoc help with models.",
  pmin=50, pmax=50, pcur="USD", punit="HOUR", loc="Remote", emp="CONTRACTOR",
  P=(50, 50, "USD", "hour"), micro=0, occ="PS", rem="remote")
S("Game Tester", "Contract.",
  pmin="20", pmax=None, pcur="CAD", punit="HOUR", loc="Montreal, QC", emp="CONTRACTOR",
  P=(20, 20, "CAD", "hour"), micro=0, occ="SW", c="CA")
S("Marketing Coordinator", "Full-time.",
  pmin=60000, pmax=70000, pcur=None, punit="YEAR", loc="Toronto, ON", emp="FULL_TIME", cur=None,
  P=(60000, 70000, None, "year"), micro=0, occ="SM", c="CA")
S("Bid Writer (contract)", "Write two tender responses.",
  pay={"@type": "MonetaryAmount", "currency": "GBP", "value": {"@type": "QuantitativeValue", "value": 2500,
                                                              "unitText": "PROJECT"}},
  loc="Remote, UK",
  P=(2500, 2500, "GBP", "project"), micro=1, occ="WR", rem="remote", c="GB")

# --- Marketplaces, micro-internship programs ---
S("Automate Google Sheets to Slack notifications",
  "Fixed price: $150. Estimated: 3-5 hours. Entry level.", market=True, cur="USD",
  P=(150, 150, "USD", "project"), H=(3, 5), micro=1, occ="SW", entry=1)
S("Virtual assistant for calendar management",
  "Hourly: $10-$15. About 15 hours total over three weeks.", market=True, cur="USD",
  P=(10, 15, "USD", "hour"), H=(15, 15), D=21, micro=1, occ="CL")
S("Micro-Internship: Social Media Audit for a Nonprofit",
  "Paid project, $400 for an estimated 20 hours. Open to college students and recent grads. Complete by November 13.",
  market=True, ctry="US",
  P=(400, 400, "USD", "project"), H=(20, 20), due="2026-11-13", micro=1, occ="SM", entry=1, c="US")
S("Refonte d'une boutique Shopify",
  "Budget : 1 000 € à 2 000 €. Thème existant à adapter.", market=True, cur="EUR",
  P=(1000, 2000, "EUR", "project"), micro=1, occ="SW")
S("Python scraper for real estate listings",
  "Budget: $100 - $300 USD. Output to CSV.", market=True,
  P=(100, 300, "USD", "project"), micro=1, occ="SW")
S("Micro-Internship: Customer interview synthesis",
  "15-20 hours. $350 fixed fee. Due October 30.", market=True, ctry="US",
  P=(350, 350, "USD", "project"), H=(15, 20), due="2026-10-30", micro=1, occ="PS", entry=1, c="US")
S("Design a restaurant menu",
  "Print-ready A3 menu. Budget $60-$120.", market=True, cur="USD",
  P=(60, 120, "USD", "project"), micro=1, occ="CR")
S("Rédaction de 5 articles de blog SEO",
  "Tarif : 60 € par article. Livraison avant le 10 novembre.", market=True, cur="EUR",
  P=(60, 60, "EUR", "piece"), due="2026-11-10", micro=1, occ="WR")
S("Email list of 300 dentists in Florida",
  "Name, email, phone. Paying $0.40 per lead, $120 total.", market=True, cur="USD",
  P=(120, 120, "USD", "project"), micro=1, occ="SM")
S("Micro-internship: Financial model review",
  "Review a startup's 3-statement model. Estimated 15 hours. $300. Students only.", market=True, ctry="US",
  P=(300, 300, "USD", "project"), H=(15, 15), micro=1, occ="PS", entry=1, c="US")
S("WordPress speed optimization",
  "Fixed price $180. Must reach 90+ on PageSpeed.", market=True, cur="USD",
  P=(180, 180, "USD", "project"), micro=1, occ="SW")
S("Long-term React developer",
  "Hourly $30-$45, 30+ hrs/week, 6+ months.", market=True, cur="USD",
  P=(30, 45, "USD", "hour"), W=30, D=180, H=(771.4, 771.4), micro=0, occ="SW")
S("Logo animation for YouTube intro",
  "Fixed-price project, $90.", market=True, cur="USD",
  P=(90, 90, "USD", "project"), micro=1, occ="CR")
S("Traduction d'un site web (FR > ES)",
  "Budget : moins de 500 €. 6 000 mots.", market=True, cur="EUR",
  P=(None, 500, "EUR", "project"), micro=1, occ="WR")
S("Développement d'une application mobile",
  "Budget : 10 000 € et plus. Application iOS et Android.", market=True, cur="EUR",
  P=(10000, None, "EUR", "project"), micro=1, occ="SW")
S("Excel dashboard for sales data",
  "Budget: $50 - $100. Pivot tables and charts.", market=True, cur="USD",
  P=(50, 100, "USD", "project"), micro=1, occ="CL")
S("Micro-Internship: Grant research",
  "Find 30 grant opportunities for an arts nonprofit. $250, 12 hours, deliver by November 9.", market=True, ctry="US",
  P=(250, 250, "USD", "project"), H=(12, 12), due="2026-11-09", micro=1, occ="WR", entry=1, c="US")
S("Product photos editing (background removal)",
  "100 photos, $0.50 per photo ($50 total).", market=True, cur="USD",
  P=(50, 50, "USD", "project"), micro=1, occ="CR")
S("Set up HubSpot CRM",
  "Hourly project, $35/hr, about 10 hours.", market=True, cur="USD",
  P=(35, 35, "USD", "hour"), H=(10, 10), micro=1, occ="SM")
S("Ghostwrite an ebook (15,000 words)",
  "Budget $600-$900. Non-fiction, personal finance.", market=True, cur="USD",
  P=(600, 900, "USD", "project"), micro=1, occ="WR")

# --- Non-English ---
S("Werkstudent (m/w/d) Vertrieb",
  "18 Stunden pro Woche, 14 € pro Stunde. Für eingeschriebene Studierende.",
  loc="Stuttgart, Deutschland", emp="Werkstudent",
  P=(14, 14, "EUR", "hour"), W=18, micro=0, occ="SM", entry=1, c="DE")
S("Mission freelance : rédaction de fiches techniques",
  "Budget : 800 € (forfait). Livraison sous 15 jours.", loc="Télétravail",
  P=(800, 800, "EUR", "project"), D=15, due="2026-10-27", micro=1, occ="WR", rem="remote")
S("Desarrollador web freelance para tienda online",
  "Pago: 600 € por proyecto. Aproximadamente 30 horas de trabajo. Entrega antes del 15 de noviembre.",
  loc="Valencia, España (remoto)",
  P=(600, 600, "EUR", "project"), H=(30, 30), due="2026-11-15", micro=1, occ="SW", rem="remote", c="ES")
S("Designer freelance para identidade visual",
  "Pagamos R$ 1.500 pelo projeto completo. Trabalho remoto, entrega em 20 dias.", loc="Remoto - Brasil",
  P=(1500, 1500, "BRL", "project"), D=20, due="2026-11-01", micro=1, occ="CR", rem="remote", c="BR")
S("Lektor/in für Fachbuch (Auftrag)",
  "Honorar 900 € pauschal für ca. 25 Stunden Arbeit. Abgabe bis 20. November.", loc="Wien, Österreich",
  P=(900, 900, "EUR", "project"), H=(25, 25), due="2026-11-20", micro=1, occ="WR", c="AT")
S("Asistente administrativo (medio tiempo)",
  "10 € por hora, 20 horas semanales.", loc="Sevilla, España",
  P=(10, 10, "EUR", "hour"), W=20, micro=0, occ="CL", c="ES")
S("Estágio em Marketing Digital",
  "Bolsa de R$ 1.500,00 por mês, 30 horas semanais. Para estudantes de Publicidade.", loc="Porto Alegre, RS, Brasil",
  P=(1500, 1500, "BRL", "month"), W=30, micro=0, occ="SM", entry=1, c="BR")
S("Übersetzung Website DE-EN",
  "Festpreis 450 € für 6.000 Wörter. Abgabe innerhalb von 10 Tagen.",
  P=(450, 450, "EUR", "project"), D=10, due="2026-10-22", micro=1, occ="WR")
S("Stage Développeur Web - 6 mois",
  "Stage de 6 mois, gratification de 700 € par mois. Pour étudiants en informatique.", loc="Nantes, France",
  emp="Stage",
  P=(700, 700, "EUR", "month"), D=180, micro=0, occ="SW", entry=1, c="FR")
S("Ingeniero de datos senior",
  "Salario 50.000 - 60.000 € brutos al año. Más de 5 años de experiencia.", loc="Madrid, España",
  emp="Tiempo completo",
  P=(50000, 60000, "EUR", "year"), micro=0, occ="SW", entry=0, c="ES")
S("Revisor de textos freelance",
  "R$ 0,05 por palavra, livro de 40.000 palavras (R$ 2.000 no total). Entrega em 30 dias.", loc="Remoto",
  P=(2000, 2000, "BRL", "project"), D=30, due="2026-11-11", micro=1, occ="WR", rem="remote")
S("Aushilfe Lager (Minijob)",
  "Minijob, 13,50 € pro Stunde, etwa 8 Stunden pro Woche.", loc="Dortmund", emp="Minijob",
  P=(13.5, 13.5, "EUR", "hour"), W=8, micro=0, occ=None, c="DE")
S("Motion designer freelance - vidéo de présentation",
  "Rémunération : 1 500 € forfaitaires. Délai : 4 semaines.", loc="Bordeaux, France",
  P=(1500, 1500, "EUR", "project"), D=28, micro=1, occ="CR", c="FR")
S("Profesora de español online",
  "Pagamos 15 € la hora, 10 horas por semana.", loc="Remoto",
  P=(15, 15, "EUR", "hour"), W=10, micro=0, occ="WR", rem="remote")
S("Desenvolvedor júnior",
  "CLT, tempo integral, salário de R$ 3.800 por mês. Vaga para recém-formados.", loc="Campinas, SP", emp="Tempo integral",
  P=(3800, 3800, "BRL", "month"), micro=0, occ="SW", entry=1, c="BR")
S("Praktikum Marketing (6 Monate)",
  "Pflichtpraktikum, 1.200 € pro Monat, Vollzeit.", loc="Düsseldorf, Deutschland", emp="Praktikum",
  P=(1200, 1200, "EUR", "month"), D=180, micro=0, occ="SM", entry=1, c="DE")
S("Freelance-Texter gesucht",
  "Stundensatz 45 €, ca. 20 Stunden insgesamt.", loc="Remote",
  P=(45, 45, "EUR", "hour"), H=(20, 20), micro=1, occ="WR", rem="remote")
S("Traductrice anglais-français",
  "0,10 € par mot, 5 000 mots, soit 500 € au total. Livraison le 30 octobre.", loc="Télétravail",
  P=(500, 500, "EUR", "project"), due="2026-10-30", micro=1, occ="WR", rem="remote")
S("Diseño de logotipo para cafetería",
  "Presupuesto: 150 € precio cerrado. Entrega en una semana.", loc="Remoto",
  P=(150, 150, "EUR", "project"), D=7, micro=1, occ="CR", rem="remote")
S("Voluntario/a para redes sociales",
  "Voluntariado no remunerado, 4 horas por semana.", loc="Remoto",
  paid=0, W=4, micro=0, occ="SM", rem="remote")
S("Assistente de dados (temporário)",
  "R$ 25 por hora, 20 horas por semana durante 4 semanas.", loc="Rio de Janeiro, Brasil",
  P=(25, 25, "BRL", "hour"), W=20, D=28, H=(80, 80), micro=0, occ="CL", c="BR")
S("Entwickler/in Backend (Vollzeit)",
  "Jahresgehalt 65.000 - 75.000 €. Mindestens 5 Jahre Erfahrung.", loc="Berlin, Deutschland", emp="Vollzeit",
  P=(65000, 75000, "EUR", "year"), micro=0, occ="SW", entry=0, c="DE")
S("Chargé(e) de communication (CDI)",
  "CDI temps plein, salaire annuel 38 000 € - 42 000 €.", loc="Lille, France", emp="CDI",
  P=(38000, 42000, "EUR", "year"), micro=0, occ="SM", c="FR")
S("Ilustrador/a para libro infantil",
  "Honorarios: 900 € por 12 ilustraciones. Plazo: 6 semanas.", loc="Barcelona, España",
  P=(900, 900, "EUR", "project"), D=42, micro=1, occ="CR", c="ES")

# --- Other currencies and units ---
S("Wedding photographer second shooter",
  "NZ$45 per hour, 8-hour wedding day.", loc="Wellington, New Zealand",
  P=(45, 45, "NZD", "hour"), H=(8, 8), micro=1, occ="CR", c="NZ")
S("Diseñador UX freelance",
  "Pago de $25,000 MXN por proyecto, 4 semanas.", loc="Guadalajara, México",
  P=(25000, 25000, "MXN", "project"), D=28, micro=1, occ="CR", c="MX")
S("Survey translator (Afrikaans)",
  "ZAR 2,000 flat for a 3,000-word survey, about 10 hours.", loc="Cape Town, South Africa",
  P=(2000, 2000, "ZAR", "project"), H=(10, 10), micro=1, occ="WR", c="ZA")
S("Manga letterer",
  "¥5,000 per chapter, about 30 hours in total for 8 chapters.", loc="Osaka, Japan",
  P=(5000, 5000, "JPY", "piece"), H=(30, 30), micro=1, occ="CR", c="JP")
S("Programista Python - zlecenie",
  "Stawka 120 zł/h, około 30 godzin. Praca zdalna.", loc="Gdańsk, Polska",
  P=(120, 120, "PLN", "hour"), H=(30, 30), micro=1, occ="SW", c="PL")
S("Copywriter (frilans)",
  "Arvode 6 000 kr för uppdraget, cirka 15 timmar.", loc="Uppsala, Sverige",
  P=(6000, 6000, "SEK", "project"), H=(15, 15), micro=1, occ="WR", c="SE")
S("Seasonal delivery helper - 4 weeks",
  "$720 per week, 40 hours/week, through the holidays.", loc="Denver, CO", emp="Temporary",
  P=(720, 720, "USD", "week"), W=40, D=28, H=(160, 160), micro=0, occ=None, c="US")
S("Brochure design for a coaching centre",
  "Budget ₹4,500 fixed. Need it within 5 days.", loc="Chennai, India",
  P=(4500, 4500, "INR", "project"), D=5, due="2026-10-17", micro=1, occ="CR", c="IN")
S("Social Media Marketing Internship",
  "Stipend: ₹8,000 per month. Duration: 3 months. Work from home. Open to college students.",
  loc="Work From Home", ctry="IN", emp="Internship",
  P=(8000, 8000, "INR", "month"), D=90, micro=0, occ="SM", entry=1, rem="remote", c="IN")
S("Web Development Intern (6 weeks)",
  "₹12,000 stipend per month for 6 weeks, 20 hrs/week.", loc="Pune, Maharashtra", emp="Internship",
  P=(12000, 12000, "INR", "month"), W=20, D=42, H=(120, 120), micro=0, occ="SW", entry=1, c="IN")
S("Casual Warehouse Assistant",
  "AUD 30-33 per hour, 20 hours per week for 3 weeks. No experience needed.", loc="Adelaide SA, Australia",
  emp="Casual",
  P=(30, 33, "AUD", "hour"), W=20, D=21, H=(60, 60), micro=0, occ=None, entry=1, c="AU")
S("Tax preparer (contract)",
  "CA$40/hour, approx. 30 hours in March. Must know TurboTax.", loc="Calgary, AB, Canada", emp="Contract",
  P=(40, 40, "CAD", "hour"), H=(30, 30), micro=1, occ="PS", c="CA")
S("Service Designer - 5 days",
  "£500/day outside IR35, 5 days of work in November.", loc="Remote (UK)",
  P=(500, 500, "GBP", "day"), H=(40, 40), micro=1, occ="CR", rem="remote", c="GB")
S("Part-time Research Assistant (Singapore)",
  "S$18 per hour, 10 hours per week for 8 weeks. Undergraduates welcome.", loc="Singapore", emp="Part-time",
  P=(18, 18, "SGD", "hour"), W=10, D=56, H=(80, 80), micro=0, occ="PS", entry=1, c="SG")
S("Evening Barista",
  "£12 an hour, weekday evenings.", loc="Glasgow, UK", emp="Part-time",
  P=(12, 12, "GBP", "hour"), micro=0, occ=None, c="GB")
S("Sound designer for a short game trailer (1 day)",
  "€400 per day, 1 day.", loc="Helsinki, Finland",
  P=(400, 400, "EUR", "day"), H=(8, 8), micro=1, occ="CR", c="FI")
S("Localization reviewer EN>KO",
  "KRW 800,000 flat for about 20 hours of work.", loc="Seoul, South Korea",
  P=(800000, 800000, "KRW", "project"), H=(20, 20), micro=1, occ="WR", c="KR")
S("Sales Representative (Warsaw)",
  "Base 7 000 PLN per month plus bonus. Full-time.", loc="Warsaw, Poland", emp="Full-time",
  P=(7000, 7000, "PLN", "month"), micro=0, occ="SM", c="PL")
S("Extrajobb: lagerarbetare",
  "Timlön 150 kr, cirka 10 timmar i veckan.", loc="Malmö, Sweden", emp="Part-time",
  P=(150, 150, "SEK", "hour"), W=10, micro=0, occ=None, c="SE")
S("Kotlin developer (CHF day rate)",
  "CHF 1,000 per day, 10 days of work.", loc="Zurich, Switzerland", emp="Contract",
  P=(1000, 1000, "CHF", "day"), H=(80, 80), micro=0, occ="SW", c="CH")
S("Freelance Data Analyst (Nigeria)",
  "₦150,000 for the project, about 25 hours.", loc="Lagos, Nigeria",
  P=(150000, 150000, "NGN", "project"), H=(25, 25), micro=1, occ="SW", c="NG")
S("Virtual Assistant (Philippines)",
  "₱250 per hour, 20 hours per week.", loc="Manila, Philippines",
  P=(250, 250, "PHP", "hour"), W=20, micro=0, occ="CL", c="PH")
S("Monthly retainer: SEO content",
  "$1,500 per month for 4 articles. Ongoing.", cur="USD", loc="Remote",
  P=(1500, 1500, "USD", "month"), micro=0, occ="SM", rem="remote")
S("Junior Graphic Designer (Toronto)",
  "C$48,000 - C$55,000 per year. Full-time. Recent graduates welcome.", loc="Toronto, ON", emp="Full-time",
  P=(48000, 55000, "CAD", "year"), micro=0, occ="CR", entry=1, c="CA")
S("Hotel Receptionist",
  "A$28.50 per hour, full-time rotating shifts.", loc="Cairns QLD, Australia", emp="Full-time",
  P=(28.5, 28.5, "AUD", "hour"), micro=0, occ="CL", c="AU")
S("Weekly video editing package",
  "€200 per week for two edited videos.", loc="Remote",
  P=(200, 200, "EUR", "week"), micro=0, occ="CR", rem="remote")
S("Marketing Analyst (daily rate)",
  "€350 per day, 3 days a week for 6 weeks.", loc="Paris, France", emp="Freelance",
  P=(350, 350, "EUR", "day"), D=42, micro=0, occ="SM", c="FR")

# --- Effort phrasing and deadlines ---
S("Landing page in Framer",
  "Paying $500 flat. Expect 2 days of work. Must be live by November 5.", cur="USD",
  P=(500, 500, "USD", "project"), H=(16, 16), due="2026-11-05", micro=1, occ="SW")
S("Webflow CMS migration",
  "About 20-25 hours of work. $60/h. Apply by Thursday.", cur="USD",
  P=(60, 60, "USD", "hour"), H=(20, 25), exp="2026-10-15", micro=1, occ="SW")
S("Investor one-pager design",
  "$400 fixed. Needed by October 27. Estimated effort: 8 hours.", cur="USD",
  P=(400, 400, "USD", "project"), H=(8, 8), due="2026-10-27", micro=1, occ="CR")
S("Focus group note-taker",
  "Attend 4 two-hour sessions and write summaries; roughly 12 hours total. $25 an hour. Applications close October 23.",
  cur="USD",
  P=(25, 25, "USD", "hour"), H=(12, 12), exp="2026-10-23", micro=1, occ="CL")
S("Academic editor (APA style)",
  "Edit a 40-page dissertation chapter. 5-day turnaround, about 10 hours. $50/hour.", cur="USD",
  P=(50, 50, "USD", "hour"), H=(10, 10), D=5, micro=1, occ="WR")
S("Data cleanup (one-off)",
  "One-off task, 2 hours max, $25/hr.", cur="USD",
  P=(25, 25, "USD", "hour"), H=(None, 2), micro=1, occ="CL")
S("Part-time accessibility tester - 2 weeks",
  "8 hrs/week for 2 weeks testing our web app with a screen reader. €25 per hour.", loc="Remote (EU)",
  P=(25, 25, "EUR", "hour"), W=8, D=14, H=(16, 16), micro=1, occ="SW", rem="remote")
S("Product launch press release",
  "Write one press release. $300 total. Deliver within 1 week.", cur="USD",
  P=(300, 300, "USD", "project"), D=7, due="2026-10-19", micro=1, occ="WR")
S("Guest lecture on UX research",
  "£200 for a 2-hour guest lecture on November 18.", loc="Bath, UK",
  P=(200, 200, "GBP", "project"), H=(2, 2), micro=1, occ="PS", c="GB")
S("Icon set (24 icons)",
  "$25 each. Turnaround 7 days.", cur="USD",
  P=(25, 25, "USD", "piece"), D=7, micro=1, occ="CR")
S("API integration contractor",
  "Integrate Stripe billing. 3-4 weeks at ~15 hrs/week, $90/hour.", cur="USD",
  P=(90, 90, "USD", "hour"), W=15, D=28, H=(45, 60), micro=0, occ="SW")
S("Event live-blogger",
  "Cover a one-day summit, 8 hours total. $250 flat fee.", cur="USD",
  P=(250, 250, "USD", "project"), H=(8, 8), micro=1, occ="WR")
S("Pharmacy Technician",
  "Full-time, 40 hours per week, $19-$22/hr. Students in pharmacy programs encouraged.", loc="Tulsa, OK",
  emp="Full-time",
  P=(19, 22, "USD", "hour"), W=40, micro=0, occ=None, entry=1, c="US")
S("Cover letter reviews",
  "$20 per letter, 25 letters, due next Wednesday.", cur="USD",
  P=(20, 20, "USD", "piece"), due="2026-10-21", micro=1, occ="WR")
S("Annual report charts",
  "Budget: $350. Deliver by 3 November.", cur="USD",
  P=(350, 350, "USD", "project"), due="2026-11-03", micro=1, occ="CR")
S("Quick banner edit",
  "Small job, should take an hour or two. Pay is $40.", cur="USD",
  P=(40, 40, "USD", "project"), micro=1, occ="CR")
S("Access database fix",
  "Estimated 6 hours. Fixed price $240.", market=True, cur="USD",
  P=(240, 240, "USD", "project"), H=(6, 6), micro=1, occ="SW")
S("Audio cleanup for a webinar",
  "Clean up 90 minutes of audio. About 3 hours of work. $45/hr.", cur="USD",
  P=(45, 45, "USD", "hour"), H=(3, 3), micro=1, occ="CR")
S("Slide deck polish",
  "20 slides. Should take 5-6 hours. Flat fee $200. Needed by Oct 19.", cur="USD",
  P=(200, 200, "USD", "project"), H=(5, 6), due="2026-10-19", micro=1, occ="CR")
S("Short survey (15 minutes)",
  "Paid 15-minute survey about remote work. $10 gift card.", cur="USD",
  P=(10, 10, "USD", "project"), H=(0.25, 0.25), micro=1, occ="CL")
S("Help desk cover - one week",
  "$30/hr, 35 hours during one week of staff training.", loc="Phoenix, AZ", emp="Temporary",
  P=(30, 30, "USD", "hour"), H=(35, 35), D=7, W=35, micro=1, occ="CL", c="US")
S("Copy editing sprint",
  "Two-week sprint, about 30 hours in total, $40/hr. Apply before October 16.", cur="USD",
  P=(40, 40, "USD", "hour"), H=(30, 30), D=14, exp="2026-10-16", micro=1, occ="WR")
S("Bug fix in a Django app",
  "Should take 4-6 hours. $70/hr. Must be done by end of week.", cur="USD",
  P=(70, 70, "USD", "hour"), H=(4, 6), due="2026-10-16", micro=1, occ="SW")
S("Onboarding video voiceover",
  "3-minute script, 1 hour of recording. $150 fixed. Deliver by October 21.", cur="USD",
  P=(150, 150, "USD", "project"), H=(1, 1), due="2026-10-21", micro=1, occ="CR")
S("Weekend inventory count",
  "$22/hour, 2 days, about 16 hours total.", loc="Louisville, KY", emp="Temporary",
  P=(22, 22, "USD", "hour"), H=(16, 16), D=2, micro=1, occ=None, c="US")
S("Product data enrichment",
  "Fill in missing attributes for 800 SKUs. 3 weeks at 10 hours per week. $16/hr.", cur="USD",
  P=(16, 16, "USD", "hour"), W=10, D=21, H=(30, 30), micro=1, occ="CL")

# --- Unpaid, volunteer, missing pay ---
S("Volunteer grant writer for a food bank",
  "This is a volunteer position, around 4 hours a week.", loc="Remote",
  paid=0, W=4, micro=0, occ="WR", rem="remote")
S("Unpaid Design Internship",
  "Unpaid, 15 hours per week for 6 weeks. For design students.", loc="Remote", emp="Internship",
  paid=0, W=15, D=42, H=(90, 90), micro=0, occ="CR", entry=1, rem="remote")
S("Stage non rémunéré - communication",
  "Stage non rémunéré de 2 mois.", loc="Toulouse, France", emp="Stage",
  paid=0, D=60, micro=0, occ="SM", entry=1, c="FR")
S("Pro bono logo for a youth soccer club",
  "We have no budget; this is pro bono. About 5 hours.", loc="Columbus, OH",
  paid=0, H=(5, 5), micro=0, occ="CR", c="US")
S("Freelance Copywriter (B2B)",
  "We're looking for a copywriter for ongoing case studies.", loc="Remote",
  micro=0, occ="WR", rem="remote")
S("Platform Engineer",
  "Competitive salary, equity and great benefits. 5+ years with Kubernetes.", loc="Amsterdam, Netherlands",
  emp="Full-time", paid=1, micro=0, occ="SW", entry=0, c="NL")
S("Paid research study: smart home apps",
  "Paid 60-minute interview. Compensation is a gift card.", loc="Remote - US",
  paid=1, H=(1, 1), micro=1, occ="CL", rem="remote", c="US")
S("Ehrenamtliche Übersetzer gesucht",
  "Unbezahlt, ehrenamtlich, ca. 3 Stunden pro Woche.", loc="Remote",
  paid=0, W=3, micro=0, occ="WR", rem="remote")
S("Brand ambassador (commission only)",
  "Earn commission on every sale. Flexible hours.", loc="Remote",
  micro=0, occ="SM", rem="remote")
S("Open-source contributor (for exposure)",
  "No pay, but great for your GitHub profile and exposure.", loc="Remote",
  paid=0, micro=0, occ="SW", rem="remote")
S("Museum tour guide volunteer",
  "Volunteer role, Saturdays.", loc="Philadelphia, PA", emp="Volunteer",
  paid=0, micro=0, occ=None, c="US")
S("Student ambassador (paid)",
  "Paid campus ambassador role for college students, 5 hours per week.", loc="Austin, TX", emp="Part-time",
  paid=1, W=5, micro=0, occ="SM", entry=1, c="US")

# --- Full-time roles that must not be micro ---
S("Backend Engineer (Go)",
  "Permanent full-time role. $140,000 - $165,000/yr. Hybrid, 3 days a week in our Austin office.",
  loc="Austin, TX (Hybrid)", emp="FULL_TIME",
  P=(140000, 165000, "USD", "year"), micro=0, occ="SW", rem="hybrid", c="US")
S("Enterprise Account Executive",
  "Base salary: $120,000 - $140,000. Full-time. 5+ years selling to enterprises.", loc="Remote - US", emp="Full-time",
  P=(120000, 140000, "USD", "year"), micro=0, occ="SM", entry=0, rem="remote", c="US")
S("Lead UX Designer",
  "£80,000 - £95,000 per year, full-time, remote within the UK.", loc="Remote, United Kingdom", emp="Full-time",
  P=(80000, 95000, "GBP", "year"), micro=0, occ="CR", entry=0, rem="remote", c="GB")
S("Talent Acquisition Partner",
  "Full-time, CHF 100'000 - 115'000 per year.", loc="Lausanne, Switzerland", emp="FULL_TIME",
  P=(100000, 115000, "CHF", "year"), micro=0, occ="PS", c="CH")
S("Site Reliability Engineer",
  "Full-time permanent position. 6.500 - 8.000 € pro Monat.", loc="Graz, Österreich", emp="Vollzeit",
  P=(6500, 8000, "EUR", "month"), micro=0, occ="SW", c="AT")
S("Staff Writer",
  "Full-time staff role, $62,000/year.", loc="Minneapolis, MN", emp="Full-time",
  P=(62000, 62000, "USD", "year"), micro=0, occ="WR", c="US")
S("Senior Project Manager, IT",
  "Full-time. $110k-$130k annually. 8+ years managing IT projects.", loc="Columbus, OH", emp="Full-time",
  P=(110000, 130000, "USD", "year"), micro=0, occ="PS", entry=0, c="US")
S("Back Office Executive",
  "Full-time, ₹15,000 - ₹20,000 per month, freshers can apply.", loc="Noida, Uttar Pradesh, India", emp="Full Time",
  P=(15000, 20000, "INR", "month"), micro=0, occ="CL", entry=1, c="IN")
S("Director of Marketing",
  "Lead our marketing team. A$200,000 - A$230,000 + super. Full-time.", loc="Melbourne VIC, Australia",
  emp="Full-time",
  P=(200000, 230000, "AUD", "year"), micro=0, occ="SM", entry=0, c="AU")
S("Call Centre Agent",
  "Full-time, C$19.50/hour, 40 hours per week. No experience required.", loc="Moncton, NB, Canada", emp="Full-time",
  P=(19.5, 19.5, "CAD", "hour"), W=40, micro=0, occ="CL", entry=1, c="CA")
S("Android Engineer",
  "Full-time. The salary range is 7,000,000 - 10,000,000 JPY per year.", loc="Fukuoka, Japan", emp="FULL_TIME",
  P=(7000000, 10000000, "JPY", "year"), micro=0, occ="SW", c="JP")
S("Legal Counsel",
  "Permanent, full time, 70 000 - 80 000 kr per month.", loc="Gothenburg, Sweden", emp="Full-time",
  P=(70000, 80000, "SEK", "month"), micro=0, occ="PS", c="SE")
S("Senior Motion Designer",
  "Full-time role with benefits. $100,000-$120,000. Minimum 6 years of experience.", loc="New York, NY",
  emp="Full-time",
  P=(100000, 120000, "USD", "year"), micro=0, occ="CR", entry=0, c="US")
S("Permanent Administrator",
  "Permanent, full-time. £24,000 per annum.", loc="Norwich, UK", emp="Permanent",
  P=(24000, 24000, "GBP", "year"), micro=0, occ="CL", c="GB")
S("Software Developer",
  "Full-time position, 40 hours per week, €4,200 per month gross.", loc="Eindhoven, Netherlands", emp="Full-time",
  P=(4200, 4200, "EUR", "month"), W=40, micro=0, occ="SW", c="NL")
S("Nurse Practitioner",
  "Full-time, $125,000 - $140,000 per year.", loc="Boise, ID", emp="Full-time",
  P=(125000, 140000, "USD", "year"), micro=0, occ=None, c="US")
S("Financial Analyst",
  "Full-time role. R$ 9.000 - R$ 12.000 por mês.", loc="São Paulo, Brasil", emp="Full-time",
  P=(9000, 12000, "BRL", "month"), micro=0, occ="PS", c="BR")
S("Business Development Manager",
  "Full-time, 120 000 - 150 000 zł rocznie.", loc="Poznań, Polska", emp="Full-time",
  P=(120000, 150000, "PLN", "year"), micro=0, occ="SM", c="PL")
S("Full-time Content Strategist",
  "Permanent role. We offer $85,000 per year and four-day weeks.", loc="Remote - US", emp="Full-time",
  P=(85000, 85000, "USD", "year"), micro=0, occ="WR", rem="remote", c="US")
S("Accounts Payable Clerk",
  "Full-time, $45,000 annually. Entry level, we will train you.", loc="Phoenix, AZ", emp="Full-time",
  P=(45000, 45000, "USD", "year"), micro=0, occ="PS", entry=1, c="US")

# --- HTML descriptions and messy text ---
S("Freelance WordPress Developer",
  html="<h3>The gig</h3><ul><li>Budget: <b>$800</b> fixed</li><li>Timeline: 10 days</li>"
       "<li>About 20 hours of work</li></ul><p>Deliver by Oct. 30.</p>",
  cur="USD", loc="Remote",
  P=(800, 800, "USD", "project"), H=(20, 20), due="2026-10-30", micro=1, occ="SW", rem="remote")
S("Illustrator &amp; Animator (contract)",
  html="&lt;p&gt;Contract role, &lt;strong&gt;$35&amp;ndash;$45 per hour&lt;/strong&gt;, about 15 hours per week "
       "for 3 weeks.&lt;/p&gt;",
  loc="Remote - US", emp="Contract",
  P=(35, 45, "USD", "hour"), W=15, D=21, H=(45, 45), micro=0, occ="CR", rem="remote", c="US")
S("Content Marketing Associate",
  html="<p>We closed a $30M Series B in May.</p><p>Salary: $55,000 - $62,000 per year. New grads welcome.</p>",
  loc="Boston, MA", emp="Full-time",
  P=(55000, 62000, "USD", "year"), micro=0, occ="SM", entry=1, c="US")
S("Support Engineer",
  html="<p>Our platform processed $4 billion in payments. We pay <strong>$30 - $36/hr</strong>, full-time.</p>",
  loc="Remote (USA)", emp="Full-time",
  P=(30, 36, "USD", "hour"), micro=0, occ="SW", rem="remote", c="US")
S("Retail Associate",
  html="<p>$500 sign-on bonus! Pay: $15.50/hour. Part-time, 15-20 hours per week.</p>",
  loc="Orlando, FL", emp="Part-time",
  P=(15.5, 15.5, "USD", "hour"), W=17.5, micro=0, occ=None, c="US")
S("Anotador de datos (portugués)",
  html="<p>Tarea: revisar 1 500 frases.</p><p>Pago: <b>$120 USD</b> por el proyecto completo, unas 8 horas.</p>",
  loc="Remoto",
  P=(120, 120, "USD", "project"), H=(8, 8), micro=1, occ="CL", rem="remote")
S("Backend contractor (Node)",
  "Rate: 60-80 EUR depending on seniority. Long-term, 4 days a week.", loc="Remote - Europe", emp="Contract",
  P=(60, 80, "EUR", None), micro=0, occ="SW", rem="remote")
S("Event Photographer",
  "Cover a 3-hour gala. Budget around €400.", loc="Antwerp, Belgium",
  P=(400, 400, "EUR", "project"), H=(3, 3), micro=1, occ="CR", c="BE")
S("Part-Time Payroll Clerk",
  "$24-$27 an hour, 16-20 hours per week, ongoing.", loc="Spokane, WA", emp="Part-time",
  P=(24, 27, "USD", "hour"), W=18, micro=0, occ="PS", c="US")
S("Assistant(e) administratif(ve) - CDD 2 mois",
  "CDD de 2 mois, 35 heures par semaine, 1 850 € brut par mois.", loc="Rennes, France (hybride)", emp="CDD",
  P=(1850, 1850, "EUR", "month"), W=35, D=60, H=(300, 300), micro=0, occ="CL", rem="hybrid", c="FR")
S("Certified Translator (medical)",
  "Translate 8 pages. $0.12/word, about 3,000 words ($360). Deliver by Oct 26.", cur="USD", loc="Remote",
  P=(360, 360, "USD", "project"), due="2026-10-26", micro=1, occ="WR", rem="remote")
S("On-site AV technician (2 days)",
  "$40/hr, 16 hours across a two-day conference.", loc="Nashville, TN (on-site)", emp="Temporary",
  P=(40, 40, "USD", "hour"), H=(16, 16), D=2, micro=1, occ="CR", rem="onsite", c="US")
S("Data Entry Specialist",
  html="<ul><li>Pay: $16/hour</li><li>Schedule: 20 hours/week</li><li>Duration: 4 weeks</li></ul>",
  loc="Remote - US", emp="Temporary",
  P=(16, 16, "USD", "hour"), W=20, D=28, H=(80, 80), micro=0, occ="CL", rem="remote", c="US")
S("Copywriter",
  html="<p>Compensation: <strong>$500</strong> for the project (approx. 12 hours). Deadline: November 4.</p>",
  cur="USD",
  P=(500, 500, "USD", "project"), H=(12, 12), due="2026-11-04", micro=1, occ="WR")
S("Junior Developer",
  html="<p>&#36;60,000&ndash;&#36;70,000 per year. Bootcamp graduates welcome!</p>",
  loc="Chicago, IL", emp="Full-time",
  P=(60000, 70000, "USD", "year"), micro=0, occ="SW", entry=1, c="US")
S("Sr. Accountant",
  "Full-time. $85k-$95k/year. CPA required, 5+ years of experience.", loc="Dallas, TX", emp="Full-time",
  P=(85000, 95000, "USD", "year"), micro=0, occ="PS", entry=0, c="US")
S("Customer Support Rep (Anywhere)",
  "Pay: 15 USD/hour. Part-time, 20 hours a week.", loc="Anywhere", emp="Part-time",
  P=(15, 15, "USD", "hour"), W=20, micro=0, occ="CL", rem="remote")
S("Logo + business cards",
  "Budget is 250 dollars, fixed price.", cur="USD",
  P=(250, 250, "USD", "project"), micro=1, occ="CR")
S("Quick data scraping gig",
  "Gig: pull 1,000 rows from a public website into a CSV. $75.", cur="USD",
  P=(75, 75, "USD", "project"), micro=1, occ="SW")
S("Social media graphics (monthly)",
  "€350/month for 15 graphics. Long-term.", loc="Remote",
  P=(350, 350, "EUR", "month"), micro=0, occ="CR", rem="remote")
S("Bilingual Recruiter (contract)",
  "6-month contract, $35-$40/hr, full-time.", loc="Miami, FL", emp="Contract",
  P=(35, 40, "USD", "hour"), D=180, micro=0, occ="PS", c="US")
S("Night Auditor",
  "$18/hr, 32 hours per week.", loc="Savannah, GA", emp="Part-time",
  P=(18, 18, "USD", "hour"), W=32, micro=0, occ="CL", c="US")
S("Marketing Assistant (maternity cover)",
  "12-month fixed-term contract, £26,000 pro rata.", loc="Leicester, UK", emp="Temporary",
  P=(26000, 26000, "GBP", None), D=360, micro=0, occ="SM", c="GB")
S("Illustrated map for a tourism board",
  "€1,800 fixed, 3 weeks, about 40 hours.", loc="Porto, Portugal",
  P=(1800, 1800, "EUR", "project"), H=(40, 40), D=21, micro=1, occ="CR", c="PT")
S("Data Annotation Contractor (LLM evaluation)",
  "Rate $20-$30 per hour. Part-time, 10-20 hours/week, flexible.", loc="Remote - US", emp="Contractor",
  P=(20, 30, "USD", "hour"), W=15, micro=0, occ="CL", rem="remote", c="US")
S("Interpreter (Spanish) for a site visit",
  "$300 for a 4-hour site visit on October 28.", loc="San Diego, CA",
  P=(300, 300, "USD", "project"), H=(4, 4), micro=1, occ="WR", c="US")
S("Math Content Reviewer",
  "Review 50 practice problems. $5 per problem, $250 total. About 8 hours.", cur="USD",
  P=(250, 250, "USD", "project"), H=(8, 8), micro=1, occ="WR")
S("Freelance QA Tester (Android)",
  "Test 3 builds over 2 weeks, 10 hours total. €30/h.", loc="Remote (EU)",
  P=(30, 30, "EUR", "hour"), H=(10, 10), D=14, micro=1, occ="SW", rem="remote")
S("Operations Intern",
  "Paid internship, $20/hour, 15 hours per week for 8 weeks. For current students.", loc="Remote (US)",
  emp="Internship",
  P=(20, 20, "USD", "hour"), W=15, D=56, H=(120, 120), micro=0, occ="PS", entry=1, rem="remote", c="US")
S("Junior Copywriter (Paris)",
  "CDI, 32 000 € brut annuel. Débutants acceptés.", loc="Paris, France", emp="CDI",
  P=(32000, 32000, "EUR", "year"), micro=0, occ="WR", entry=1, c="FR")
S("Photo retoucher - 200 images",
  "Retouch 200 e-commerce photos. $2 per image ($400 total). Deliver within 10 days.", cur="USD",
  P=(400, 400, "USD", "project"), D=10, due="2026-10-22", micro=1, occ="CR")
S("Podcast producer (per episode)",
  "£120 per episode, 2 episodes a month.", loc="Remote (UK)",
  P=(120, 120, "GBP", "piece"), micro=1, occ="CR", rem="remote", c="GB")
S("Kubernetes consultant - 3 days",
  "$1,200/day, 3 days on-site.", loc="Chicago, IL (on-site)", emp="Contract",
  P=(1200, 1200, "USD", "day"), H=(24, 24), micro=1, occ="SW", rem="onsite", c="US")
S("Customer research calls",
  "Make 40 short calls to past customers. $15/hr, about 10 hours.", cur="USD",
  P=(15, 15, "USD", "hour"), H=(10, 10), micro=1, occ="SM")
S("Translator (Japanese > English) for a manual",
  "JPY 80,000 flat, 12 hours of work, by October 31.", loc="Remote",
  P=(80000, 80000, "JPY", "project"), H=(12, 12), due="2026-10-31", micro=1, occ="WR", rem="remote")
S("Landscape Architect (contract)",
  "CA$65/hour, about 40 hours over 4 weeks.", loc="Ottawa, ON, Canada", emp="Contract",
  P=(65, 65, "CAD", "hour"), H=(40, 40), D=28, micro=1, occ="PS", c="CA")
S("Swedish copy editor",
  "SEK 500 per hour, 6 hours.", loc="Remote (Sweden)",
  P=(500, 500, "SEK", "hour"), H=(6, 6), micro=1, occ="WR", rem="remote", c="SE")
S("Brazilian Portuguese voiceover",
  "R$ 600 pelo projeto, 2 horas de gravação.", loc="Remoto",
  P=(600, 600, "BRL", "project"), H=(2, 2), micro=1, occ="CR", rem="remote")
S("Polish translator (legal)",
  "PLN 0.40 per word, 5,000 words, PLN 2,000 in total.", loc="Remote",
  P=(2000, 2000, "PLN", "project"), micro=1, occ="WR", rem="remote")
S("Swiss German proofreader",
  "CHF 80 per hour, about 5 hours.", loc="Bern, Switzerland",
  P=(80, 80, "CHF", "hour"), H=(5, 5), micro=1, occ="WR", c="CH")
S("Indian English content writer (per article)",
  "₹1,500 per article, 1,200 words each.", loc="Remote, India",
  P=(1500, 1500, "INR", "piece"), micro=1, occ="WR", rem="remote", c="IN")
S("Australian bookkeeper (BAS)",
  "AUD 600 fixed for a quarterly BAS, about 8 hours.", loc="Remote, Australia",
  P=(600, 600, "AUD", "project"), H=(8, 8), micro=1, occ="PS", rem="remote", c="AU")
S("Canadian French translator",
  "CAD 0.18/word, 3,000 words, CAD 540 total.", loc="Montreal, QC",
  P=(540, 540, "CAD", "project"), micro=1, occ="WR", c="CA")
S("UK tutor for GCSE maths",
  "£30 per hour, 2 hours a week.", loc="Leeds, UK", emp="Part-time",
  P=(30, 30, "GBP", "hour"), W=2, micro=0, occ="PS", c="GB")

# --- Chinese posts (eleduck-style): 元/块/万/千/k amounts, unit words, 面议; 元 and ¥ resolved only by the
# listing's country (ctry=CN here: a source limited to China) or a documented CNY default (cur="CNY") ---
S("外包零活｜小程序 bug 修复",
  "修复一个微信小程序支付页面的 bug，一次性项目，预算：800元。", ctry="CN",
  P=(800, 800, "CNY", "project"), micro=1, occ="SW", c="CN")
S("Prompt 数据标注任务（300-1000元/任务）",
  "按要求标注对话数据，线上完成，按任务结算。",
  P=(300, 1000, None, "project"), micro=1, occ="CL")
S("兼职 UI 设计师",
  "负责 App 界面设计，200元/天，每周至少两天到岗。", loc="Shanghai, China",
  P=(200, 200, "CNY", "day"), micro=0, occ="CR", c="CN")
S("Go 后端开发",
  "全职，月薪8k-12k，五险一金。", ctry="CN",
  P=(8000, 12000, "CNY", "month"), micro=0, occ="SW", c="CN")
S("线上英语口语陪练 tutor",
  "时薪100元，时间灵活。", ctry="CN",
  P=(100, 100, "CNY", "hour"), micro=0, occ="PS", c="CN")
S("数据分析师 Data Analyst（合同制）",
  "税前1.5万/月，合同制。", ctry="CN",
  P=(15000, 15000, "CNY", "month"), micro=0, occ="SW", c="CN")
S("抖音短视频剪辑 video editor",
  "剪辑 10 条短视频，每条50元。", cur="CNY",
  P=(50, 50, "CNY", "project"), micro=1, occ="CR")
S("中译英技术文档翻译 translator",
  "约 5000 字，50元/千字。", ctry="CN",
  P=(50, 50, "CNY", None), micro=0, occ="WR", c="CN")
S("咖啡店 Logo 设计",
  "为咖啡店设计一个 logo，价格面议。",
  paid=1, micro=0, occ="CR")
S("社区公益活动摄影 photographer",
  "无偿，为周末公益活动拍照。",
  paid=0, micro=0, occ="CR")
S("算法工程师 machine learning engineer",
  "北京，全职，年薪30-50万。", ctry="CN",
  P=(300000, 500000, "CNY", "year"), micro=0, occ="SW", c="CN")
S("兼职客服 customer support",
  "每小时25元，在家办公。", cur="CNY",
  P=(25, 25, "CNY", "hour"), micro=0, occ="CL")
S("公众号文章写作 writer",
  "1500字左右，稿费￥500/篇。",
  P=(500, 500, None, "project"), micro=1, occ="WR")
S("网站 SEO 优化 marketing",
  "薪资范围：15-20k，可谈。",
  P=(15000, 20000, None, None), micro=0, occ="SM")
S("Flutter App 开发外包",
  "项目总价：1万-1.5万元。", ctry="CN",
  P=(10000, 15000, "CNY", "project"), micro=1, occ="SW", c="CN")
S("海外远程 荷兰公司 Python Developer (fully remote)",
  "Salary: 3000-4000 EUR per month.", loc="Remote",
  P=(3000, 4000, "EUR", "month"), micro=0, occ="SW", rem="remote")
