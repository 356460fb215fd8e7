"""personio: the real XML feed and the sample capture."""
from scrapers.spiders.personio import PersonioSpider
from tests.conftest import parse_items, realworld_files
from tests.spider_checks import check_error_page_is_a_clear_error, check_real_recording, check_sample_capture, rows_of

URL = "https://personio.jobs.personio.de/xml"


def test_real_feed_field_by_field():
    path = realworld_files("other_ats", "ergon_personio_sample.xml")[0]
    rows = check_real_recording(PersonioSpider, path, path.read_text().count("<position>"), url=URL)
    staff, student = rows
    assert staff["id"] == "personio:1834171" and staff["title"] == "Staff Software Engineer, Data Platform"
    assert staff["company"] == "Personio SE & Co. KG" and staff["url"] == "https://personio.jobs.personio.de/job/1834171"
    assert staff["employment_type"] == "FULL_TIME" and staff["posted_at"] == "2024-11-13T14:10:41Z"
    assert "Build and operate the data platform" in staff["description_text"]
    assert student["employment_type"] == "INTERN" and student["remote"] == "remote" and student["entry_level"] == 1


def test_sample_capture():
    check_sample_capture(PersonioSpider)


def test_a_broken_position_and_an_error_page():
    xml = b"<workzag-jobs><position><id>1</id></position><position><id>2</id><name>Task</name></position></workzag-jobs>"
    items = parse_items(PersonioSpider, "x.xml", url=URL, body=xml)
    assert [i["title"] for i in items] == [None, "Task"]  # the nameless one is left to validation (missing_title)
    check_error_page_is_a_clear_error(PersonioSpider, url=URL, suffix=".xml")


def test_structured_salary_is_pay():
    """`salaryInformation` as public clients and a live measurement of 2,534 boards describe it (see the platform)."""
    path = realworld_files("other_ats", "ergon_personio_sample.xml")[0]
    salary = ("<salaryInformation><min>30000.00</min><max>40000.00</max><currencySymbol>EUR</currencySymbol>"
              "<currencyCode>EUR</currencyCode><type>yearly</type></salaryInformation>")
    hourly = ("<salaryInformation><min>18.50</min><currencySymbol>€</currencySymbol><currencyCode>EUR</currencyCode>"
              "<type>hourly</type></salaryInformation>")
    body = path.read_text().replace("</createdAt>", "</createdAt>" + salary, 1)
    head, tail = body.rsplit("</createdAt>", 1)
    body = head + "</createdAt>" + hourly + tail  # the last position: an hourly rate
    rows, broken = rows_of(PersonioSpider, path, url=URL, body=body.encode())
    assert not broken
    assert (rows[0]["pay_min"], rows[0]["pay_max"], rows[0]["pay_currency"], rows[0]["pay_unit"]) == (30000, 40000, "EUR", "year")
    assert (rows[1]["pay_min"], rows[1]["pay_currency"], rows[1]["pay_unit"]) == (18.5, "EUR", "hour")
    plain, _ = rows_of(PersonioSpider, path, url=URL)
    assert plain[0]["pay_min"] is None and "pay_missing" in plain[0]["flags"]  # no element, no pay
