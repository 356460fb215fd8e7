"""Writes the offline demo's sample captures for most sources, in each site's real format.

(freelancer, upwork, peopleperhour, guru, reddit, hackernews, parkerdewey and internshala keep hand-built
sample files, written directly: their builders were removed.)

    python scrapers/samples/build_samples.py

The listings are fictional (companies, people, amounts), written for microgigs; the formats follow the
real recordings in ../shared/realworld (field names, nesting, date styles, escaping), as each spider's
docstring says. Running it again rewrites the same files (fixed ids and dates).
"""
from __future__ import annotations

import csv
import html
import json
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"
BASE = datetime(2026, 11, 24, 15, 0, tzinfo=timezone.utc)

# (title, kind, pay (min, max, currency, unit) or None, pay as written, effort as written, occupation tag,
#  location, remote, paragraphs)
GIGS = [
    ("Logo and brand kit for a neighbourhood bakery", "freelance", (300, 300, "USD", "project"), "$300 flat fee",
     "about 10 hours", "Design", "United States", "remote",
     ["We are opening a second shop and need a logo, two colour variations and a one-page brand guide.",
      "Deliver the files within 2 weeks of starting."]),
    ("Data cleanup of a 3,000-row customer spreadsheet", "contract", (25, 30, "USD", "hour"), "$25-30/hour",
     "10-15 hours in total", "Data", "United States", "remote",
     ["Deduplicate, standardise addresses and flag missing emails in our CRM export (Google Sheets).",
      "Ideal for a student comfortable with spreadsheets. Deadline: December 12."]),
    ("Micro-internship: market research on campus food delivery", "internship", (500, 500, "USD", "project"),
     "$500 stipend for the project", "around 20 hours over 2 weeks", "Marketing", "United States", "remote",
     ["Interview 8 students, summarise competitors and present three recommendations in a short deck.",
      "Open to current undergraduates; no experience required."]),
    ("Translate our help centre from English to Spanish", "freelance", (0.08, 0.08, "EUR", None),
     "€0.08 per word (about 6,000 words)", "roughly 25 hours", "Translation", "Spain", "remote",
     ["Native Spanish speaker needed to translate 40 short help articles.",
      "Due within 3 weeks; glossary provided."]),
    ("Part-time social media assistant (10 h/week)", "part_time", (18, 22, "GBP", "hour"), "£18-22 per hour",
     "10 hours per week for 8 weeks", "Marketing", "United Kingdom", "hybrid",
     ["Plan and schedule posts for Instagram and LinkedIn, reply to comments, report monthly.",
      "Students welcome; flexible hours around lectures."]),
    ("Build a Shopify landing page for a product launch", "freelance", (800, 1200, "USD", "project"),
     "Budget: $800 - $1,200 (fixed)", "2-3 weeks at ~10 hrs/week", "Web development", "Canada", "remote",
     ["Theme customisation, one landing page, email capture form, mobile friendly.",
      "Launch date is January 15, so the page must be live by January 8."]),
    ("Podcast audio cleanup for 6 episodes", "freelance", (40, 40, "USD", "hour"), "$40/hr",
     "about 12 hours", "Audio", "United States", "remote",
     ["Remove noise, level voices and export to -16 LUFS. Episodes are 45 minutes each.",
      "Please deliver by Friday next week."]),
    ("Research assistant: literature review on urban heat islands", "contract", (2000, 2000, "EUR", "month"),
     "€2,000 per month", "part-time, 20 hours per week for 6 weeks", "Research", "Germany", "remote",
     ["Collect and summarise 40 recent papers, build an annotated bibliography in Zotero.",
      "Master's students in geography or environmental science are encouraged to apply."]),
    ("Write 4 SEO blog posts about budgeting apps", "freelance", (400, 400, "USD", "project"), "$400 fixed",
     "approx. 16 hours", "Writing", "United States", "remote",
     ["Four posts of 1,200 words each with keyword research provided by our team.",
      "First draft due in 10 days."]),
    ("Paid summer internship: junior data analyst", "internship", (3000, 3500, "CHF", "month"),
     "CHF 3,000-3,500 per month", "40 hours per week for 10 weeks", "Data", "Switzerland", "onsite",
     ["Support the analytics team with dashboards (Power BI) and SQL queries.",
      "For students in their last year; starts June 2027."]),
    ("Video editor for 10 short product clips", "freelance", (1500, 1500, "INR", None),
     "₹1,500 per clip", "about 2 hours per clip", "Video", "India", "remote",
     ["Edit 30-second vertical clips from raw footage, add captions and music.",
      "All 10 clips needed within 2 weeks."]),
    ("Excel automation: monthly sales report macro", "freelance", (350, 350, "AUD", "project"),
     "A$350 for the job", "one-off task, 6-8 hours", "Data", "Australia", "remote",
     ["Write a VBA macro that merges three exports and produces the monthly report.",
      "Must be done before the end of the month."]),
    ("Illustrations for a children's e-book (12 pages)", "freelance", (900, 900, "USD", "project"),
     "$900 per project", "3-4 weeks, about 30 hours", "Illustration", "United States", "remote",
     ["Twelve full-page illustrations in a soft watercolour style, sketches first.",
      "Final files by February 1."]),
    ("Customer support (chat) – weekend shifts", "part_time", (16, 16, "CAD", "hour"), "C$16/hour",
     "12 hours per week", "Customer support", "Canada", "remote",
     ["Answer customer chats on Saturdays and Sundays using our help desk.",
      "Training provided; great for students."]),
    ("UX review of a mobile banking prototype", "contract", (60, 75, "EUR", "hour"), "€60-75/h",
     "8-10 hours", "Design", "France", "remote",
     ["Heuristic evaluation and five short user tests with a written report.",
      "Report due within 10 days."]),
    ("Python scraper fix for a research project", "freelance", (200, 200, "USD", "project"), "$200 (fixed)",
     "about 5 hours", "Software", "United States", "remote",
     ["Our Scrapy spider broke after a site redesign; update the selectors and add tests.",
      "Needed this week."]),
    ("Bookkeeping clean-up for a small charity", "contract", (35, 35, "GBP", "hour"), "£35 per hour",
     "approximately 20 hours", "Accounting", "United Kingdom", "remote",
     ["Reconcile 12 months of transactions in Xero and prepare year-end schedules.",
      "Complete by 20 December."]),
    ("Praktikum (Werkstudent): Content Marketing, 15 Std./Woche", "part_time", (15, 15, "EUR", "hour"),
     "15 € pro Stunde", "15 Stunden pro Woche für 3 Monate", "Marketing", "Germany", "hybrid",
     ["Du schreibst Blogartikel und Newsletter für unser Produkt und pflegst Social Media.",
      "Ideal für Studierende im Bereich Kommunikation."]),
    ("Mission freelance : rédaction de fiches produits", "freelance", (600, 600, "EUR", "project"),
     "600 € pour la mission", "environ 20 heures", "Writing", "France", "remote",
     ["Rédiger 60 fiches produits optimisées SEO pour une boutique de thés.",
      "Livraison sous 3 semaines."]),
    ("Traducción de un sitio web al portugués", "freelance", (450, 450, "EUR", "project"), "450 € precio cerrado",
     "unas 15 horas", "Translation", "Spain", "remote",
     ["Traducir 20 páginas de un sitio web del español al portugués de Brasil.",
      "Entrega en dos semanas."]),
    ("Unpaid volunteer: social media for a community garden", "volunteer", None, "unpaid (volunteer)",
     "2-3 hours a week", "Marketing", "United States", "remote",
     ["Help us post weekly updates. This is a volunteer role for exposure and experience."]),
    ("Quick task: proofread a 20-page thesis", "freelance", (120, 120, "USD", "project"), "$120",
     "about 4 hours", "Writing", "United States", "remote",
     ["Proofread for grammar and consistency, track changes in Word.",
      "Due in 5 days."]),
    ("Data labelling: 2,000 images for a student robotics team", "freelance", (0.05, 0.05, "USD", None),
     "$0.05 per image", "roughly 10 hours", "Data", "United States", "remote",
     ["Draw bounding boxes around cones and robots using our labelling tool."]),
    ("Paid internship: software engineering (3 months)", "internship", (2500, 2500, "PLN", "month"),
     "2 500 zł miesięcznie", "full time for 3 months", "Software", "Poland", "hybrid",
     ["Work with our backend team on Python services and tests.",
      "Students of computer science; applications close December 15."]),
    ("Senior Backend Engineer", "full_time", (140000, 170000, "USD", "year"), "$140,000-$170,000 per year",
     None, "Software", "United States", "remote",
     ["Own our payments platform. 6+ years of experience with distributed systems.",
      "Full-time, permanent position with benefits."]),
    ("Head of Finance", "full_time", (110000, 130000, "EUR", "year"), "€110k-130k annually", None,
     "Finance", "Germany", "onsite", ["Lead a team of five. Permanent contract, full time."]),
    ("Account Executive, Mid-Market", "full_time", (70000, 90000, "GBP", "year"), "£70,000-£90,000 base + OTE",
     None, "Sales", "United Kingdom", "hybrid", ["Close new business across the UK. 3+ years of SaaS sales."]),
    ("Product Designer", "full_time", None, "", None, "Design", "Netherlands", "hybrid",
     ["Design our web app end to end. Permanent role, 40 hours per week."]),
    ("Registered Nurse – night shifts", "full_time", (38, 44, "USD", "hour"), "$38-44/hour", None,
     "Healthcare", "United States", "onsite", ["Full-time night shifts in a 30-bed unit. Permanent."]),
    ("Contract Data Engineer (3 months)", "contract", (650, 700, "GBP", "day"), "£650-700/day",
     "3 months, full time", "Data", "United Kingdom", "remote",
     ["Migrate pipelines to dbt and Airflow. Outside IR35."]),
    ("Working student: customer success (20 h/week)", "part_time", (14, 14, "EUR", "hour"), "€14/hour",
     "20 hours per week", "Customer support", "Germany", "hybrid",
     ["Onboard new customers by video call; English and German required."]),
    ("Motion graphics for a 60-second explainer", "freelance", (750, 750, "USD", "project"), "$750 flat",
     "about 20 hours", "Video", "United States", "remote",
     ["Animate our storyboard in After Effects; voice-over provided.", "Deliver by January 10."]),
    ("Temporary event staff for a 3-day conference", "temporary", (20, 20, "EUR", "hour"), "€20 per hour",
     "3 days, 8 hours a day", "Events", "Ireland", "onsite",
     ["Registration desk and wayfinding at a tech conference in Dublin, 4-6 March."]),
    ("Freelance QA tester for a mobile game", "freelance", (15, 15, "USD", "hour"), "$15/hr",
     "10-20 hours over two weeks", "Software", "United States", "remote",
     ["Test new levels on Android and iOS, file clear bug reports in Jira."]),
    ("Grant application writer (one application)", "freelance", (1000, 1000, "USD", "project"),
     "$1,000 for the application", "about 25 hours", "Writing", "United States", "remote",
     ["Write and edit a foundation grant application for a literacy non-profit.", "Submission deadline: January 31."]),
    ("Marketing analytics micro-project: GA4 audit", "freelance", (250, 250, "EUR", "project"), "250 € fixed",
     "5-6 hours", "Marketing", "Portugal", "remote",
     ["Audit our Google Analytics 4 setup and list fixes; call to walk through findings."]),
]


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def gig_html(gig, company: str) -> str:
    title, kind, pay, pay_text, effort, tag, location, remote, paragraphs = gig
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    facts = [f"<li><strong>Pay:</strong> {html.escape(pay_text)}</li>" if pay_text else "",
             f"<li><strong>Effort:</strong> {html.escape(effort)}</li>" if effort else "",
             f"<li><strong>Where:</strong> {html.escape(location)}{' (remote)' if remote == 'remote' else ''}</li>"]
    return f"<p><strong>{html.escape(company)}</strong> is looking for help.</p>{body}<ul>{''.join(facts)}</ul>"


COMPANIES = ["Northwind Analytics", "Lumen Learning Lab", "Harbor Pine Studio", "Saltmarsh Travel", "Polar Labs",
             "Vantage Climate", "Pebble & Post", "Quillfield Press", "Brightline Studio", "Kestrel Robotics",
             "Maple & Rye Bakery", "Tidewater Health", "Orchid Games", "Ledgerly", "Fernhill Foods",
             "Copperleaf Nonprofit", "Atlas Bicycles", "Juniper Legal", "Cobalt Audio", "Meadowlark Tea"]

EMPLOYMENT = {"freelance": ("Freelance", "Contractor", "Contract"), "contract": ("Contract", "Contractor", "Contract"),
              "internship": ("Internship", "Intern", "Intern"), "part_time": ("Part-Time", "Part Time", "PartTime"),
              "full_time": ("Full-Time", "Full Time", "FullTime"), "temporary": ("Temporary", "Temporary", "Temporary"),
              "volunteer": ("Volunteer", "Other", "Contract")}


def picks(offset: int, count: int):
    """`count` gigs starting at `offset` (wrapping), each with a company and a posting time."""
    for n in range(count):
        gig = GIGS[(offset + n) % len(GIGS)]
        company = COMPANIES[(offset * 3 + n) % len(COMPANIES)]
        yield n, gig, company, BASE - timedelta(hours=5 * n + offset)


def write(source: str, files: dict[str, object]) -> None:
    folder = HERE / source
    folder.mkdir(exist_ok=True)
    manifest = {}
    for url, (filename, content) in files.items():
        text = content if isinstance(content, str) else json.dumps(content, indent=1, ensure_ascii=False)
        (folder / filename).write_text(text + ("\n" if not text.endswith("\n") else ""), encoding="utf-8")
        manifest[url] = filename
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")


def slug(text: str) -> str:
    return "-".join("".join(c.lower() if c.isalnum() else " " for c in text).split())[:60]


def add_sample_boards(platform: str, boards: list[tuple[str, str]]) -> None:
    path = DATA / f"{platform}_boards.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8"))) if path.exists() else []
    rows = [r for r in rows if r.get("sample") != "1"]
    rows += [{"token": t, "company": c, "found_in": "fictional demo board (scrapers/samples)", "sample": "1"}
             for t, c in boards]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["token", "company", "found_in", "sample"])
        writer.writeheader()
        writer.writerows(rows)


# --- boards ---

def arbeitnow():
    pages, chosen = {}, list(picks(1, 24))
    for page in (1, 2):
        data = []
        for n, gig, company, moment in chosen[(page - 1) * 12: page * 12]:
            title, kind, *_ = gig
            location, remote = gig[6], gig[7]
            data.append({"slug": f"{slug(title)}-{slug(company)}-{780000 + n}", "company_name": company,
                         "title": title, "description": gig_html(gig, company), "remote": remote == "remote",
                         "url": f"https://www.arbeitnow.com/jobs/companies/{slug(company)}/{slug(title)}-{780000 + n}",
                         "tags": [gig[5]], "job_types": [EMPLOYMENT[kind][0].lower().replace("-", " ")],
                         "location": "Berlin" if location == "Germany" else location,
                         "created_at": int(moment.timestamp())})
        base = "https://www.arbeitnow.com/api/job-board-api"
        links = {"first": f"{base}?page=1", "last": None, "prev": f"{base}?page=1" if page == 2 else None,
                 "next": f"{base}?page=2" if page == 1 else None}
        pages[f"{base}" if page == 1 else f"{base}?page=2"] = (f"arbeitnow_page{page}_sample.json",
                                                             {"data": data, "links": links, "meta": {}})
    write("arbeitnow", pages)


def himalayas():
    jobs = []
    for n, gig, company, moment in picks(3, 20):
        title, kind, pay = gig[0], gig[1], gig[2]
        url = f"https://himalayas.app/companies/{slug(company)}/jobs/{slug(title)}-{5100000 + n}"
        period = {"hour": "hourly", "year": "annual", "month": "monthly", "day": "daily"}.get(pay[3] if pay else "", None)
        jobs.append({"title": title, "excerpt": gig[8][0][:140], "companyName": company, "companySlug": slug(company),
                     "companyLogo": "", "employmentType": EMPLOYMENT[kind][1],
                     "minSalary": pay[0] if pay and period else None, "maxSalary": pay[1] if pay and period else None,
                     "salaryPeriod": period or "annual", "seniority": ["Entry-level"] if kind == "internship" else ["Mid-level"],
                     "currency": pay[2] if pay and period else None, "locationRestrictions": [gig[6]],
                     "timezoneRestrictions": [-5, 0, 1], "categories": [gig[5].replace(" ", "-")],
                     "parentCategories": [gig[5]], "description": gig_html(gig, company),
                     "pubDate": int(moment.timestamp()), "expiryDate": int((moment + timedelta(days=60)).timestamp()),
                     "applicationLink": url, "guid": url})
    write("himalayas", {"https://himalayas.app/jobs/api?limit=20&offset=0": (
        "himalayas_sample.json", {"comments": "Sample of the Himalayas jobs API", "updatedAt": int(BASE.timestamp()),
                                  "offset": 0, "limit": 20, "totalCount": len(jobs), "jobs": jobs})})


def jobicy():
    jobs = []
    for n, gig, company, moment in picks(5, 20):
        title, kind, pay = gig[0], gig[1], gig[2]
        job_id = 160000 + n
        record = {"id": job_id, "url": f"https://jobicy.com/jobs/{job_id}-{slug(title)}", "jobSlug": f"{job_id}-{slug(title)}",
                  "jobTitle": title, "companyName": company, "companyLogo": "",
                  "jobIndustry": [html.escape(gig[5] + " & Content")], "jobType": [EMPLOYMENT[kind][0]],
                  "jobGeo": "Anywhere" if gig[7] == "remote" else gig[6], "jobLevel": "Entry" if kind == "internship" else "Midweight",
                  "jobExcerpt": gig[8][0][:140], "jobDescription": gig_html(gig, company), "pubDate": iso(moment)}
        if pay and pay[3] in ("hour", "year", "month"):
            record.update(salaryMin=pay[0], salaryMax=pay[1], salaryCurrency=pay[2],
                          salaryPeriod={"hour": "hourly", "year": "yearly", "month": "monthly"}[pay[3]])
        jobs.append(record)
    write("jobicy", {"https://jobicy.com/api/v2/remote-jobs?count=100": (
        "jobicy_sample.json", {"apiVersion": "2.2.15", "documentationUrl": "https://jobi.cy/apidocs",
                               "friendlyNotice": "Thanks for using Jobicy API! Please ensure Jobicy is clearly credited.",
                               "jobCount": len(jobs), "lastUpdate": iso(BASE), "appliedFilters": {"count": 100},
                               "jobs": jobs, "success": True})})


def themuse():
    results = []
    for n, gig, company, moment in picks(7, 20):
        title, kind = gig[0], gig[1]
        level = {"internship": ("Internship", "internship"), "full_time": ("Senior Level", "senior")}.get(
            kind, ("Entry Level", "entry"))
        results.append({"contents": gig_html(gig, company), "name": title, "type": "external",
                        "publication_date": moment.strftime("%Y-%m-%dT%H:%M:%SZ"), "short_name": slug(title),
                        "model_type": "jobs", "id": 22100000 + n,
                        "locations": [{"name": "Flexible / Remote" if gig[7] == "remote" else gig[6]}],
                        "categories": [{"name": gig[5]}], "levels": [{"name": level[0], "short_name": level[1]}],
                        "tags": [], "refs": {"landing_page": f"https://www.themuse.com/jobs/{slug(company)}/{slug(title)}"},
                        "company": {"id": 900 + n, "short_name": slug(company), "name": company}})
    write("themuse", {"https://www.themuse.com/api/public/jobs?page=1": (
        "themuse_sample.json", {"page": 1, "page_count": 1, "items_per_page": 20, "total": len(results),
                                "results": results})})


def workingnomads():
    jobs = []
    for n, gig, company, moment in picks(9, 18):
        jobs.append({"url": f"https://www.workingnomads.com/job/go/{1800000 + n}/", "title": gig[0],
                     "description": gig_html(gig, company), "company_name": company, "category_name": gig[5],
                     "tags": ",".join([gig[5].lower(), "remote", EMPLOYMENT[gig[1]][0].lower()]),
                     "location": gig[6], "pub_date": moment.strftime("%Y-%m-%dT%H:%M:%S-05:00")})
    write("workingnomads", {"https://www.workingnomads.com/api/exposed_jobs/": ("workingnomads_sample.json", jobs)})


def rss_item(fields: dict) -> str:
    return "    <item>\n" + "".join(f"      <{k}>{v}</{k}>\n" for k, v in fields.items()) + "    </item>\n"


def weworkremotely():
    items = []
    for n, gig, company, moment in picks(11, 18):
        url = f"https://weworkremotely.com/remote-jobs/{slug(company)}-{slug(gig[0])}"
        items.append(rss_item({
            "title": html.escape(f"{company}: {gig[0]}"), "region": "Anywhere in the World", "country": "",
            "state": "", "skills": html.escape(gig[5]), "category": f"All Other Remote", "type": EMPLOYMENT[gig[1]][0],
            "description": html.escape(f'<p><strong>Headquarters:</strong> {gig[6]}</p>' + gig_html(gig, company)),
            "pubDate": format_datetime(moment), "expires_at": format_datetime(moment + timedelta(days=30)),
            "guid": url, "link": url}))
    feed = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:media="http://search.yahoo.com/mrss">\n  <channel>\n    <title>We Work Remotely: Remote jobs '
            'in design, programming, marketing and more</title>\n    <link>https://weworkremotely.com/remote-jobs.rss'
            '</link>\n    <language>en-US</language>\n    <ttl>60</ttl>\n' + "".join(items) + "  </channel>\n</rss>\n")
    write("weworkremotely", {"https://weworkremotely.com/remote-jobs.rss": ("weworkremotely_sample.rss", feed)})


def jobfeeds():
    feeds = {}
    boards = []
    for number, (company, offset) in enumerate((("Copperleaf Nonprofit", 13), ("Fernhill Foods", 17))):
        feed_url = f"https://www.appone.com/rss/{slug(company)}-sample.xml"
        items = []
        for n, gig, _, moment in picks(offset, 8):
            city = ["CA, Watsonville", "OR, Portland", "WA, Tacoma"][n % 3]
            items.append(rss_item({
                "title": f"<![CDATA[{gig[0]}  ({city})]]>", "description": f"<![CDATA[{gig_html(gig, company)}]]>",
                "guid": f"https://www.appone.com/MainInfoReq.asp?R_ID={7300000 + number * 100 + n}&amp;B_ID=44",
                "pubDate": format_datetime(moment.replace(hour=0, minute=0))}))
        feeds[feed_url] = (f"jobfeed_{slug(company)}_sample.rss",
                           "<?xml version='1.0' encoding='utf-8' ?>\n<rss version='2.0'>\n<channel>\n"
                           f"<title>{company.upper()} Jobs</title>\n<description>A great job awaits!</description>\n"
                           + "".join(items) + "</channel>\n</rss>\n")
        boards.append((feed_url, company))
    write("jobfeeds", feeds)
    add_sample_boards("jobfeeds", boards)


# --- applicant tracking systems ---

def lever():
    files, boards = {}, []
    for token, company, offset in (("northwindanalytics", "Northwind Analytics", 2), ("quillfieldpress", "Quillfield Press", 14)):
        postings = []
        for n, gig, _, moment in picks(offset, 10):
            posting_id = f"5a1e{offset:02d}{n:02d}-7c3d-4b8e-9f10-2b6c8d4e{offset:02d}{n:02d}"
            pay = gig[2]
            record = {"additionalPlain": "", "additional": "", "categories": {
                "commitment": EMPLOYMENT[gig[1]][0], "department": gig[5], "location": gig[6], "team": gig[5],
                "allLocations": [gig[6]]}, "createdAt": int(moment.timestamp() * 1000),
                "descriptionPlain": " ".join(gig[8]), "description": gig_html(gig, company), "id": posting_id,
                "lists": [{"text": "Details", "content": f"<li>{html.escape(gig[4] or 'Full time')}</li>"}],
                "text": gig[0], "country": None, "workplaceType": {"remote": "remote", "hybrid": "hybrid"}.get(gig[7], "onsite"),
                "opening": "", "openingPlain": "",
                "hostedUrl": f"https://jobs.lever.co/{token}/{posting_id}", "applyUrl": f"https://jobs.lever.co/{token}/{posting_id}/apply"}
            if pay and pay[3] in ("year", "hour", "month"):
                record["salaryRange"] = {"min": pay[0], "max": pay[1], "currency": pay[2],
                                         "interval": {"year": "per-year-salary", "hour": "per-hour-wage", "month": "per-month-salary"}[pay[3]]}
            postings.append(record)
        files[f"https://api.lever.co/v0/postings/{token}?mode=json"] = (f"lever_{token}_sample.json", postings)
        boards.append((token, company))
    write("lever", files)
    add_sample_boards("lever", boards)


def ashby():
    files, boards = {}, []
    for token, company, offset in (("lumenlearninglab", "Lumen Learning Lab", 4), ("kestrelrobotics", "Kestrel Robotics", 20)):
        jobs = []
        for n, gig, _, moment in picks(offset, 10):
            job_id = f"{offset:02d}{n:02d}b6f2-1a2b-4c3d-8e9f-0a1b2c3d4e{offset:02d}"
            pay = gig[2]
            compensation = {"compensationTierSummary": None, "scrapeableCompensationSalarySummary": None,
                            "compensationTiers": [], "summaryComponents": []}
            if pay and pay[3] in ("year", "hour", "month"):
                component = {"compensationType": "Salary", "interval": f"1 {pay[3].upper()}", "currencyCode": pay[2],
                             "minValue": pay[0], "maxValue": pay[1]}
                compensation.update(compensationTierSummary=gig[3], summaryComponents=[component])
            jobs.append({"id": job_id, "title": " " + gig[0] if n % 4 == 0 else gig[0], "department": gig[5],
                         "team": gig[5], "employmentType": EMPLOYMENT[gig[1]][2],
                         "location": "Remote" if gig[7] == "remote" else gig[6], "secondaryLocations": [],
                         "publishedAt": moment.strftime("%Y-%m-%dT%H:%M:%S.000+00:00"), "isListed": True,
                         "isRemote": gig[7] == "remote",
                         "workplaceType": {"remote": "Remote", "hybrid": "Hybrid"}.get(gig[7], "OnSite"),
                         "address": {"postalAddress": {"addressCountry": gig[6]}},
                         "jobUrl": f"https://jobs.ashbyhq.com/{token}/{job_id}",
                         "applyUrl": f"https://jobs.ashbyhq.com/{token}/{job_id}/application",
                         "descriptionHtml": gig_html(gig, company), "descriptionPlain": " ".join(gig[8]),
                         "shouldDisplayCompensationOnJobPostings": bool(pay), "compensation": compensation})
        files[f"https://api.ashbyhq.com/posting-api/job-board/{token}?includeCompensation=true"] = (
            f"ashby_{token}_sample.json", {"apiVersion": "1", "jobs": jobs})
        boards.append((token, company))
    write("ashby", files)
    add_sample_boards("ashby", boards)


def smartrecruiters():
    token, company = "HarborPineStudio", "Harbor Pine Studio"
    files, content = {}, []
    for n, gig, _, moment in picks(6, 12):
        posting_id = 745000100000000 + n
        ref = f"https://api.smartrecruiters.com/v1/companies/{token}/postings/{posting_id}"
        base = {"id": str(posting_id), "name": gig[0], "uuid": f"0000{n:04d}-aaaa-4bbb-8ccc-{posting_id:012d}"[:36],
                "refNumber": f"REF{n:04d}", "company": {"identifier": token, "name": company},
                "releasedDate": moment.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "location": {"city": "Remote" if gig[7] == "remote" else gig[6], "country": "us", "remote": gig[7] == "remote",
                             "hybrid": gig[7] == "hybrid", "fullLocation": gig[6]},
                "industry": {"id": "design", "label": gig[5]}, "department": {"label": gig[5]},
                "function": {"id": "other", "label": gig[5]},
                "typeOfEmployment": {"id": gig[1], "label": EMPLOYMENT[gig[1]][0]},
                "experienceLevel": {"id": "entry_level", "label": "Entry Level"}, "customField": [],
                "visibility": "PUBLIC", "ref": ref, "language": {"code": "en", "label": "English"}}
        content.append(base)
        detail = {**{k: v for k, v in base.items() if k != "ref"},
                  "postingUrl": f"https://jobs.smartrecruiters.com/{token}/{posting_id}-{slug(gig[0])}",
                  "applyUrl": f"https://jobs.smartrecruiters.com/{token}/{posting_id}-{slug(gig[0])}?oga=true",
                  "jobAd": {"sections": {"companyDescription": {"title": "Company Description",
                                                                "text": f"<p>{company} makes films and games.</p>"},
                                         "jobDescription": {"title": "Job Description", "text": gig_html(gig, company)},
                                         "qualifications": {"title": "Qualifications", "text": "<p>A portfolio.</p>"},
                                         "additionalInformation": {"title": "Additional Information", "text": ""}}},
                  "active": True}
        files[ref] = (f"smartrecruiters_posting_{n:02d}_sample.json", detail)
    files[f"https://api.smartrecruiters.com/v1/companies/{token}/postings?offset=0&limit=100"] = (
        "smartrecruiters_list_sample.json", {"offset": 0, "limit": 100, "totalFound": len(content), "content": content})
    write("smartrecruiters", files)
    add_sample_boards("smartrecruiters", [(token, company)])


def workable():
    token, company = "saltmarshtravel", "Saltmarsh Travel"
    jobs = []
    for n, gig, _, moment in picks(8, 14):
        code = f"{0xA1B2C3 + n * 7919:06X}{n:04X}"
        jobs.append({"title": gig[0], "shortcode": code, "code": "", "employment_type": EMPLOYMENT[gig[1]][0],
                     "telecommuting": gig[7] == "remote", "department": gig[5],
                     "url": f"https://apply.workable.com/j/{code}", "shortlink": f"https://apply.workable.com/j/{code}",
                     "application_url": f"https://apply.workable.com/j/{code}/apply",
                     "published_on": moment.strftime("%Y-%m-%d"), "created_at": (moment - timedelta(days=3)).strftime("%Y-%m-%d"),
                     "country": gig[6], "city": "", "state": "", "education": "", "experience": "Entry level",
                     "function": gig[5], "industry": "Leisure, Travel & Tourism",
                     "locations": [{"country": gig[6], "countryCode": None, "city": "", "region": None, "hidden": False}],
                     "description": gig_html(gig, company)})
    write("workable", {f"https://apply.workable.com/api/v1/widget/accounts/{token}?details=true": (
        "workable_sample.json", {"name": company, "description": f"<p>{company} plans small-group trips.</p>", "jobs": jobs})})
    add_sample_boards("workable", [(token, company)])


def recruitee():
    token, company = "meadowlarktea", "Meadowlark Tea"
    offers = []
    for n, gig, _, moment in picks(10, 14):
        pay = gig[2]
        offers.append({"id": 2700000 + n, "position": n, "title": gig[0], "slug": slug(gig[0]), "status": "published",
                       "careers_url": f"https://{token}.recruitee.com/o/{slug(gig[0])}",
                       "careers_apply_url": f"https://{token}.recruitee.com/o/{slug(gig[0])}/c/new",
                       "location": gig[6], "city": "", "country": gig[6], "country_code": None, "department": gig[5],
                       "description": gig_html(gig, company), "requirements": "<p>Curiosity and care.</p>",
                       "created_at": moment.strftime("%Y-%m-%d %H:%M:%S UTC"),
                       "published_at": moment.strftime("%Y-%m-%d %H:%M:%S UTC"),
                       "updated_at": moment.strftime("%Y-%m-%d %H:%M:%S UTC"), "close_at": None,
                       "employment_type_code": {"full_time": "fulltime_permanent", "part_time": "parttime_permanent",
                                                "internship": "internship", "temporary": "fulltime_fixed_term"}.get(gig[1], "freelance"),
                       "remote": gig[7] == "remote", "hybrid": gig[7] == "hybrid", "on_site": gig[7] == "onsite",
                       "salary": ({"min": str(pay[0]), "max": str(pay[1]), "period": pay[3], "currency": pay[2]}
                                  if pay and pay[3] in ("hour", "month", "year") else None),
                       "company_name": company, "tags": [], "locations": []})
    write("recruitee", {f"https://{token}.recruitee.com/api/offers/": ("recruitee_sample.json", {"offers": offers})})
    add_sample_boards("recruitee", [(token, company)])


def workday():
    token, company = "tidewater.wd1/Careers", "Tidewater Health"
    chosen = list(picks(12, 24))
    files = {}
    for page, offset in enumerate((0, 20)):
        postings = [{"title": gig[0], "externalPath": f"/job/{slug(gig[6])}/{slug(gig[0])}_JR{400100 + n}",
                     "locationsText": gig[6] if n % 5 else "2 Locations",
                     "postedOn": ["Posted Today", "Posted Yesterday", f"Posted {n} Days Ago", "Posted 30+ Days Ago"][n % 4],
                     "bulletFields": [f"JR{400100 + n}"]} for n, gig, _, _ in chosen[offset: offset + 20]]
        files[f"https://tidewater.wd1.myworkdayjobs.com/wday/cxs/tidewater/Careers/jobs?offset={offset}"] = (
            f"workday_page{page + 1}_sample.json", {"total": len(chosen), "jobPostings": postings, "facets": [],
                                                    "userAuthenticated": False})
    write("workday", files)
    add_sample_boards("workday", [(token, company)])


def teamtailor():
    token, company = "orchidgames", "Orchid Games"
    items = []
    for n, gig, _, moment in picks(15, 12):
        job_number = 7900000 + n
        url = f"https://{token}.teamtailor.com/jobs/{job_number}-{slug(gig[0])}"
        items.append({"id": f"{n:08d}-91d2-4fc4-a044-c5e7971f3a1e", "title": gig[0], "url": url,
                      "date_published": moment.strftime("%Y-%m-%dT%H:%M:%S+01:00"), "content_html": gig_html(gig, company),
                      "_jobposting": {"@context": "http://schema.org/", "@type": "JobPosting", "title": gig[0],
                                      "identifier": {"@type": "PropertyValue", "name": company, "value": job_number},
                                      "datePosted": moment.strftime("%Y-%m-%dT%H:%M:%S+01:00"),
                                      "employmentType": EMPLOYMENT[gig[1]][0].upper().replace("-", "_"),
                                      "hiringOrganization": {"@type": "Organization", "name": company},
                                      "jobLocation": [{"@type": "Place", "address": {"@type": "PostalAddress",
                                                                                     "addressLocality": "Malmö",
                                                                                     "addressCountry": "SE"}}],
                                      **({"jobLocationType": "TELECOMMUTE"} if gig[7] == "remote" else {})}})
    write("teamtailor", {f"https://{token}.teamtailor.com/jobs.json": (
        "teamtailor_sample.json", {"version": "https://jsonfeed.org/version/1.1", "title": company,
                                   "home_page_url": f"https://{token}.teamtailor.com/jobs",
                                   "feed_url": f"https://{token}.teamtailor.com/jobs.json", "items": items})})
    add_sample_boards("teamtailor", [(token, company)])


def personio():
    token, company = "atlasbicycles", "Atlas Bicycles GmbH"
    positions = []
    for n, gig, _, moment in picks(16, 12):
        kind = {"internship": ("intern", "part-time"), "part_time": ("permanent", "part-time"),
                "full_time": ("permanent", "full-time"), "freelance": ("freelance", "part-time"),
                "contract": ("freelance", "full-time"), "temporary": ("trainee", "full-time")}.get(gig[1], ("freelance", "part-time"))
        sections = "".join(f"<jobDescription><name>{name}</name><value><![CDATA[{value}]]></value></jobDescription>"
                           for name, value in (("About the role", gig_html(gig, company)),
                                               ("Details", f"<p>{html.escape(gig[4] or '')}</p>")))
        positions.append(f"""<position>
    <id>{2400000 + n}</id>
    <subcompany>{html.escape(company)}</subcompany>
    <office>{"Remote" if gig[7] == "remote" else "Berlin"}</office>
    <department>{html.escape(gig[5])}</department>
    <recruitingCategory>{html.escape(gig[5])}</recruitingCategory>
    <name>{html.escape(gig[0])}</name>
    <jobDescriptions>{sections}</jobDescriptions>
    <employmentType>{kind[0]}</employmentType>
    <seniority>{"student" if gig[1] == "internship" else "experienced"}</seniority>
    <schedule>{kind[1]}</schedule>
    <createdAt>{moment.strftime("%Y-%m-%dT%H:%M:%S+00:00")}</createdAt>
</position>""")
    xml = '<?xml version="1.0" encoding="UTF-8"?>\n<workzag-jobs>\n' + "\n".join(positions) + "\n</workzag-jobs>\n"
    write("personio", {f"https://{token}.jobs.personio.de/xml": ("personio_sample.xml", xml)})
    add_sample_boards("personio", [(token, company)])


def bamboohr():
    token, company = "juniperlegal", "Juniper Legal"
    result = [{"id": str(60 + n), "jobOpeningName": gig[0], "departmentId": str(100 + n), "departmentLabel": gig[5],
               "employmentStatusLabel": EMPLOYMENT[gig[1]][0], "location": {"city": "Portland", "state": "Oregon"},
               "atsLocation": {"country": "United States", "state": None, "province": None, "city": None},
               "isRemote": True if gig[7] == "remote" else None, "locationType": "1" if gig[7] == "remote" else "0"}
              for n, gig, _, _ in picks(18, 12)]
    write("bamboohr", {f"https://{token}.bamboohr.com/careers/list": (
        "bamboohr_sample.json", {"meta": {"totalCount": len(result)}, "result": result})})
    add_sample_boards("bamboohr", [(token, company)])


def breezy():
    token, company = "cobalt-audio", "Cobalt Audio"
    positions = []
    for n, gig, _, moment in picks(19, 12):
        position_id = f"{0xc0ba17 + n:06x}a1b2c3"
        positions.append({"id": position_id, "friendly_id": f"{position_id}-{slug(gig[0])}", "name": gig[0],
                          "url": f"https://{token}.breezy.hr/p/{position_id}-{slug(gig[0])}",
                          "published_date": moment.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                          "type": {"id": gig[1], "name": EMPLOYMENT[gig[1]][0]},
                          "location": {"country": {"name": gig[6], "id": None}, "city": "", "primary": True,
                                       "is_remote": gig[7] == "remote", "name": gig[6]},
                          "department": gig[5], "salary": gig[3], "description": gig_html(gig, company),
                          "company": {"name": company, "logo_url": None, "friendly_id": token}})
    write("breezy", {f"https://{token}.breezy.hr/json": ("breezy_sample.json", positions)})
    add_sample_boards("breezy", [(token, company)])


def pinpoint():
    token, company = "fernhillfoods", "Fernhill Foods"
    data = []
    for n, gig, _, moment in picks(21, 12):
        pay = gig[2]
        data.append({"id": str(520000 + n), "benefits": "<p>Free tea.</p>", "benefits_header": "Benefits",
                     "compensation": gig[3], "compensation_minimum": pay[0] if pay else None,
                     "compensation_maximum": pay[1] if pay else None, "compensation_currency": pay[2] if pay else None,
                     "compensation_frequency": pay[3] if pay else None, "compensation_visible": bool(pay),
                     "deadline_at": (moment + timedelta(days=21)).strftime("%Y-%m-%dT23:59:59-05:00"),
                     "description": gig_html(gig, company), "employment_type": gig[1],
                     "employment_type_text": EMPLOYMENT[gig[1]][0], "key_responsibilities": "",
                     "key_responsibilities_header": "Key Responsibilities", "title": gig[0],
                     "url": f"https://{token}.pinpointhq.com/en/postings/{n:08d}-2561-4b2a-88b0-15d2b375971a",
                     "path": f"/en/postings/{n:08d}-2561-4b2a-88b0-15d2b375971a", "workplace_type": gig[7],
                     "workplace_type_text": gig[7].title(),
                     "job": {"id": str(530000 + n), "requisition_id": f"PIN-{n:04d}",
                             "department": {"id": str(n), "name": gig[5]}},
                     "location": {"id": str(n), "city": "", "name": gig[6], "postal_code": "", "province": ""}})
    write("pinpoint", {f"https://{token}.pinpointhq.com/postings.json": ("pinpoint_sample.json", {"data": data})})
    add_sample_boards("pinpoint", [(token, company)])


def eightfold_positions(offset: int, count: int, host: str, start_id: int):
    positions = []
    for n, gig, _, moment in picks(offset, count):
        position_id = start_id + n
        positions.append({"id": position_id, "name": gig[0], "posting_name": gig[0],
                          "location": gig[6], "locations": [gig[6]], "hot": 0, "department": gig[5],
                          "t_update": int(moment.timestamp()), "t_create": int(moment.timestamp()),
                          "ats_job_id": str(position_id), "display_job_id": str(position_id), "type": "ATS",
                          "job_description": gig_html(gig, "the team"), "locale": "en_US",
                          "work_location_option": {"remote": "remote_local", "hybrid": "hybrid"}.get(gig[7], "onsite"),
                          "canonicalPositionUrl": f"https://{host}/careers/job/{position_id}", "isPrivate": False})
    return positions


def eightfold():
    host, domain, company = "careers.vantageclimate.example.com", "vantageclimate.com", "Vantage Climate"
    positions = eightfold_positions(22, 12, host, 50100000)
    write("eightfold", {f"https://{host}/api/apply/v2/jobs?domain={domain}&start=0&num=10": (
        "eightfold_page1_sample.json", {"domain": domain, "count": 10, "positions": positions[:10]})})
    add_sample_boards("eightfold", [(f"{host}:{domain}", company)])


def microsoft():
    host = "apply.careers.microsoft.com"
    files = {}
    for number, query in enumerate(("intern", "internship", "contract", "temporary", "part time")):
        positions = eightfold_positions(2 + number * 5, 6, host, 1970000000 + number * 100)
        files[f"https://{host}/api/apply/v2/jobs?domain=microsoft.com&start=0&num=10&query={query.replace(' ', '+')}"] = (
            f"microsoft_{query.replace(' ', '_')}_sample.json", {"domain": "microsoft.com", "count": 6, "positions": positions})
    write("microsoft", files)


def sitemapjobs():
    host, company = "https://careers.quillfieldpress.example.com", "Quillfield Press"
    files, urls = {}, []
    for n, gig, _, moment in picks(24, 10):
        url = f"{host}/jobs/{slug(gig[0])}-{n}"
        urls.append((url, moment))
        posting = {"@context": "https://schema.org", "@type": "JobPosting", "title": gig[0],
                   "description": gig_html(gig, company), "datePosted": moment.strftime("%Y-%m-%d"),
                   "validThrough": (moment + timedelta(days=30)).strftime("%Y-%m-%dT23:59"),
                   "employmentType": EMPLOYMENT[gig[1]][1].upper().replace(" ", "_"),
                   "hiringOrganization": {"@type": "Organization", "name": company, "sameAs": host},
                   "identifier": {"@type": "PropertyValue", "name": company, "value": f"QP-{100 + n}"},
                   "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressCountry": "US"}},
                   **({"jobLocationType": "TELECOMMUTE"} if gig[7] == "remote" else {})}
        if gig[2] and gig[2][3]:
            posting["baseSalary"] = {"@type": "MonetaryAmount", "currency": gig[2][2], "value": {
                "@type": "QuantitativeValue", "minValue": gig[2][0], "maxValue": gig[2][1], "unitText": gig[2][3].upper()}}
        page = (f"<!doctype html><html><head><title>{html.escape(gig[0])}</title>"
                f'<link rel="canonical" href="{url}"><script type="application/ld+json">'
                f"{json.dumps(posting, ensure_ascii=False)}</script></head><body><h1>{html.escape(gig[0])}</h1>"
                f"{gig_html(gig, company)}</body></html>")
        files[url] = (f"job_{n:02d}_sample.html", page)
    urlset = "".join(f"<url><loc>{u}</loc><lastmod>{m.strftime('%Y-%m-%d')}</lastmod></url>" for u, m in urls)
    urlset += f"<url><loc>{host}/about</loc></url>"  # not a job page: not fetched
    files[f"{host}/sitemap-jobs.xml"] = ("sitemap_jobs_sample.xml",
                                         '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                                         f'schemas/sitemap/0.9">{urlset}</urlset>\n')
    files[f"{host}/sitemap.xml"] = ("sitemap_index_sample.xml",
                                    '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/'
                                    f'schemas/sitemap/0.9"><sitemap><loc>{host}/sitemap-jobs.xml</loc></sitemap>'
                                    f"<sitemap><loc>{host}/sitemap-blog.xml</loc></sitemap></sitemapindex>\n")
    write("sitemapjobs", files)
    add_sample_boards("sitemapjobs", [(f"{host}/sitemap.xml", company)])


# --- project marketplaces (HTML) ---

FREELANCE = [g for g in GIGS if g[1] in ("freelance", "contract", "temporary")]


def market_picks(offset: int, count: int):
    for n in range(count):
        gig = FREELANCE[(offset + n) % len(FREELANCE)]
        yield n, gig, BASE - timedelta(minutes=37 * n + offset)


def codeur():
    cards = []
    budgets = ["Moins de 500 €", "500 € à 1 000 €", "1 000 € à 10 000 €", "Moins de 500 €", "200 à 500 €/jour"]
    ages = ["Il y a 9 minutes", "Il y a 2 heures", "Il y a 5 heures", "Hier", "Il y a 3 jours"]
    for n, gig, _ in market_picks(0, 16):
        project_id = 490100 + n
        tags = "".join(f'<span class="inline-flex gap-1 items-center px-1.5 py-0.5 rounded text-xs">{html.escape(t)}</span>'
                       for t in (gig[5], "Freelance"))
        cards.append(f"""<a class="block group flex flex-col gap-3 bg-white rounded-lg" rel="nofollow" aria-label="{html.escape(gig[0])}" href="/projects/{project_id}-{slug(gig[0])}">
  <div class="flex justify-between items-start relative z-0 pointer-events-none">
    <h3 class="font-medium text-xl text-primary leading-tight mb-0 line-clamp-2 w-3/4">
      {html.escape(gig[0])}
    </h3>
    <span class="text-sm text-blue-dark/40 whitespace-nowrap ml-2">
      {ages[n % len(ages)]}
    </span>
  </div>
  <div class="flex flex-wrap items-center gap-x-2.5 gap-y-2 text-sm text-blue-dark relative z-0 pointer-events-none">
    <span class="inline-flex items-center px-2.5 py-1 rounded-md text-sm font-medium bg-green-50 text-green-600">Ouvert</span>
    <span class="inline-flex gap-1 items-center px-2.5 py-1 rounded-md text-sm font-medium" title="Budget">
      <img class="w-3 h-3" alt="" src="/assets/codeur/home/coin.svg">
      {budgets[n % len(budgets)]}
    </span>
    <span title="Offres">{3 + n} Offres</span>
    <span title="Vues">{40 + 7 * n} Vues</span>
  </div>
  <div class="text-blue-dark/70 text-sm line-clamp-3 mt-1 relative z-0 pointer-events-none">
    {html.escape(" ".join(gig[8]))} {html.escape(gig[4] or "")}
  </div>
  <div class="mt-auto pt-3 flex justify-between items-center relative z-20 pointer-events-none">
    <div class="flex flex-wrap gap-2 pointer-events-auto max-h-6 overflow-hidden">{tags}</div>
  </div>
</a>""")
    page = ("<!DOCTYPE html><html lang=\"fr\"><head><title>Projets freelance</title>"
            '<link rel="canonical" href="https://www.codeur.com/projects"></head><body>'
            '<div class="projects-list mt-6 md:mt-12"><div id="projects-list" class="flex flex-col gap-4">'
            + "\n".join(cards) + "</div></div></body></html>\n")
    write("codeur", {"https://www.codeur.com/projects": ("codeur_projects_sample.html", page)})


















BUILDERS = [arbeitnow, himalayas, jobicy, themuse, workingnomads, weworkremotely, jobfeeds, lever, ashby,
            smartrecruiters, workable, recruitee, workday, teamtailor, personio, bamboohr, breezy, pinpoint,
            eightfold, microsoft, sitemapjobs, codeur]

if __name__ == "__main__":
    for build in BUILDERS:
        build()
        print(build.__name__)
