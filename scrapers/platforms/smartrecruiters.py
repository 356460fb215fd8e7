"""SmartRecruiters: GET api.smartrecruiters.com/v1/companies/{id}/postings (offset paging), then each
posting's detail (its `ref`) for the job ad's sections.

Fixture basis: the real list and detail responses in ../shared/realworld/smartrecruiters/ (`content[]`,
`totalFound`, `typeOfEmployment{label}`, `location{city,country (ISO2 lower),remote,hybrid,fullLocation}`,
detail `jobAd.sections.*.text` HTML and `postingUrl`) and FIELD_MAPS.md.
"""
import re

from scrapers.platforms.ats import JsonBoardSpider

PAGE = 100


class SmartRecruitersPlatform(JsonBoardSpider):
    platform = "smartrecruiters"
    home_url = "https://www.smartrecruiters.com"
    terms_url = "https://developers.smartrecruiters.com/docs/posting-api"
    terms = ("SmartRecruiters' public Posting API (GET, no key): companies' published job ads; link to the "
             "posting on jobs.smartrecruiters.com.")
    attribution = "Jobs from companies' own SmartRecruiters career sites"
    rate_limit = "none published for the public Posting API; one request at a time per board, 1 s apart"
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 1}
    board_url = f"https://api.smartrecruiters.com/v1/companies/{{token}}/postings?offset=0&limit={PAGE}"
    board_in_url = re.compile(r"/companies/([^/?#]+)/postings")
    sections = ("companyDescription", "jobDescription", "qualifications", "additionalInformation")

    def parse(self, response, **kwargs):
        """A list page: each posting's detail is fetched for its description; paging by offset."""
        data = self.load_json(response)
        board = self.board_of(response)
        if isinstance(data, dict) and "jobAd" in data:  # a saved detail response
            yield from self.items_from_records([data], lambda record: self.item_from_record(record, board))
            return
        yield from super().parse(response, **kwargs)

    def item_from_record(self, record, board, company=None):
        """From a list page: the detail request, which falls back to the list's fields if it fails."""
        ref = record.get("ref") if isinstance(record, dict) else None
        if isinstance(ref, str) and ref.startswith("https://") and "jobAd" not in record:
            return self.make_request(ref, callback=self.parse_detail, errback=self.detail_failed,
                                     meta={"board": board}, cb_kwargs={"posting": record})
        return super().item_from_record(record, board)

    def parse_detail(self, response, posting):
        board = self.board_of(response)
        data = self.load_json(response)
        record = data if isinstance(data, dict) and "jobAd" in data else posting
        yield from self.items_from_records([record], lambda r: super(SmartRecruitersPlatform, self).item_from_record(r, board))

    def detail_failed(self, failure):
        """The detail could not be fetched: keep the listing from the list page, without a description."""
        self.on_request_error(failure)
        request = failure.request
        board = request.meta.get("board")
        yield from self.items_from_records([request.cb_kwargs["posting"]],
                                           lambda r: super(SmartRecruitersPlatform, self).item_from_record(r, board))

    records_path = "content"
    field_map = {
        "source_id": "id",
        "title": "name",
        "company": "company.name",
        "posted_raw": "releasedDate",
        "employment_type_raw": "typeOfEmployment.label",
        "location_raw": "location.fullLocation",
        "country_raw": "location.country",
        "language_raw": "language.code",
    }

    def board_from_record(self, record):
        company = record.get("company")  # `identifier` is the board token of the company's own URL
        return company.get("identifier") if isinstance(company, dict) and isinstance(company.get("identifier"), str) else None

    def post_process(self, item, record, board):
        location = record.get("location") if isinstance(record.get("location"), dict) else {}
        item["remote_raw"] = "remote" if location.get("remote") else "hybrid" if location.get("hybrid") else None
        company = (record.get("company") or {}).get("identifier") if isinstance(record.get("company"), dict) else None
        item["url"] = record.get("postingUrl") or (
            f"https://jobs.smartrecruiters.com/{company or board}/{record.get('id')}" if record.get("id") else None)
        if record.get("applyUrl"):
            item["apply_url"] = record["applyUrl"]
        sections = ((record.get("jobAd") or {}).get("sections") or {}) if isinstance(record.get("jobAd"), dict) else {}
        html = "".join(f"<h3>{s.get('title') or ''}</h3>{s.get('text') or ''}"
                       for key in self.sections if isinstance(s := sections.get(key), dict) and s.get("text"))
        item["description_html"] = html or None
        item["tags"] = [x.get("label") for x in (record.get("function"), record.get("department"),
                                                  record.get("experienceLevel"))
                        if isinstance(x, dict) and isinstance(x.get("label"), str)]
        return item

    def next_page(self, response, data, board):
        if not isinstance(data, dict) or not isinstance(data.get("content"), list):
            return None
        offset, total = data.get("offset") or 0, data.get("totalFound")
        if isinstance(total, int) and isinstance(offset, int) and offset + len(data["content"]) < total:
            base = response.url.split("?")[0]
            return self.make_request(f"{base}?offset={offset + len(data['content'])}&limit={PAGE}",
                                     callback=self.parse, meta={"board": board})
        return None
