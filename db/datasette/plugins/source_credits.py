"""Make every page able to credit the sources it shows (their terms ask for it)."""
from datasette import hookimpl


@hookimpl
def extra_template_vars(datasette):
    async def source_credits():
        db = datasette.get_database("microgigs")
        if "sources" not in await db.table_names():
            return []
        result = await db.execute(
            "select name, home_url, attribution, listings from sources "
            "where coalesce(collected, 1) = 1 order by name"
        )
        return [dict(row) for row in result.rows]

    return {"source_credits": source_credits}
