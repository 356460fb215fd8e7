"""eleduck (电鸭社区): the job posts of a Chinese remote-work community, from the JSON its own site reads
(GET svc.eleduck.com/api/v1/posts?category=5, newest first, paged by `page`), category 5 being
"社区帖子招聘" (community job posts), among them one-off outsourced tasks (外包零活) and online part-time work.

Fixture basis: the recording ../shared/realworld/other_boards/rjc_eleduck.json (ikevinxie/remote-jobs-collector,
"genuine-looking": its fetcher saved the list's posts with each post's `content` filled from the detail
endpoint svc.eleduck.com/api/v1/posts/{id}, and one post, `CLOSED1`, is a closed copy made for its tests):
`{posts[]}`, a post with `id`, `title`/`full_title`, `summary` (plain text), `content` (HTML, may be ""),
`published_at` (+08:00), `closed`, `deleted`, `hide`, `pinned` (a paid "【付费置顶】" post: still a real job
post), `paid_type` ("free"), `category{id: 5, code "jd"}`, and `tags[{id, name, tag_group{code}}]` in the
groups `hire_type` (企业直招 direct hire, 外包零活 outsourced odd jobs), `job_type` (全职远程 full-time remote,
线上兼职 online part-time), `skill_type`, `field` and `city`. A post's public page is https://eleduck.com/posts/{id}
(the same collector's parser). Posts name no company field and state pay only in their text.
"""
from urllib.parse import parse_qs, urlsplit

from scrapers.platforms.json_api import JsonApiSpider

LIST = "https://svc.eleduck.com/api/v1/posts?category=5&sort=-published_at&page={page}"
MAX_PAGES = 4  # the newest posts; the collector above reads the same four pages
# eleduck's own tag vocabulary (tag_group codes job_type/hire_type), as employment words the normalizer reads
EMPLOYMENT_TAGS = {"外包零活": "freelance", "线上兼职": "part-time", "全职远程": "full-time", "实习": "internship"}
REMOTE_TAGS = {"全职远程", "线上兼职"}  # "full-time remote", "online part-time": remote work by name


class EleduckSpider(JsonApiSpider):
    name = "eleduck"
    source_kind = "thread"
    home_url = "https://eleduck.com"
    terms_url = "https://eleduck.com"
    terms = ("eleduck's public community job posts (the JSON its own pages load, no key, no login); link "
             "each post to its page on eleduck.com and credit eleduck and the post's author.")
    attribution = "Post on eleduck (电鸭社区, eleduck.com), by its author"
    rate_limit = "none published; the newest 4 pages a crawl, one at a time, 3 s apart, every 12 h at most"
    min_interval_hours = 12
    crawl_every_hours = 12
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 3}
    start_urls = [LIST.format(page=1)]
    sample_url = start_urls[0]
    records_path = "posts"
    field_map = {
        "source_id": "id",
        "title": "full_title",
        "description_html": "content",
        "posted_raw": "published_at",
    }

    def skip_record(self, record):
        # closed, deleted or hidden posts are no open listings
        return isinstance(record, dict) and any(record.get(k) is True for k in ("closed", "deleted", "hide"))

    def post_process(self, item, record):
        post_id = item.get("source_id")
        if not isinstance(post_id, (str, int)) or not str(post_id).strip():
            raise ValueError("a post without id")
        item["url"] = f"https://eleduck.com/posts/{post_id}"
        if not isinstance(item.get("title"), str) or not item["title"].strip():
            item["title"] = record.get("title")
        if not isinstance(item.get("description_html"), str) or not item["description_html"].strip():
            item.pop("description_html", None)
            item["description_text"] = record.get("summary") if isinstance(record.get("summary"), str) else None
        tags = [t for t in record.get("tags") or [] if isinstance(t, dict) and isinstance(t.get("name"), str)]
        group = lambda t: (t.get("tag_group") or {}).get("code") if isinstance(t.get("tag_group"), dict) else None  # noqa: E731
        item["tags"] = [t["name"] for t in tags]
        work = [t["name"] for t in tags if group(t) in ("job_type", "hire_type")]
        item["employment_type_raw"] = [EMPLOYMENT_TAGS[w] for w in work if w in EMPLOYMENT_TAGS] or None
        if any(w in REMOTE_TAGS for w in work):
            item["remote_raw"] = "remote"
        item["location_raw"] = [t["name"] for t in tags if group(t) == "city"] or None
        return item

    def next_page(self, response, data):
        posts = data.get("posts") if isinstance(data, dict) else None
        page = int((parse_qs(urlsplit(response.url).query).get("page") or ["1"])[0] or 1)
        if not posts or page >= MAX_PAGES:
            return None
        return self.make_request(LIST.format(page=page + 1), callback=self.parse)
