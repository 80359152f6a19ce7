namespace ThiDuaBot.Bot.Hosting;

/// <summary>
/// The privacy statement and terms of use the Teams app manifest links to (<c>/privacy</c>, <c>/terms</c>),
/// Vietnamese first with English below. An organisation with its own pages points the manifest at those instead.
/// </summary>
public static class InfoPages
{
    public static IEndpointRouteBuilder MapInfoPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/privacy", () => Page(
            "Quyền riêng tư — Privacy",
            [
                "ThiDuaBot lưu trong kho dữ liệu Azure của chính cơ quan bạn: họ tên, định danh Microsoft 365, đơn vị, các đăng ký thi đua, báo cáo tiến độ, đề cử và kết quả bình xét. Dữ liệu chỉ dùng để tổ chức phong trào thi đua của cơ quan.",
                "Chỉ những người có vai trò phù hợp (thủ trưởng đơn vị, lãnh đạo, Hội đồng Thi đua-Khen thưởng, thư ký Hội đồng) được xem dữ liệu của người khác. Thời gian lưu giữ do cơ quan quyết định.",
                "ThiDuaBot stores, in your organisation's own Azure storage: names, Microsoft 365 ids, units, pledges, progress reports, nominations and council results. The data is used only to run your organisation's emulation campaign.",
                "Only people with the right role (unit heads, leadership, the council and its secretary) see other people's data. Your organisation decides how long it is kept.",
            ]));
        endpoints.MapGet("/terms", () => Page(
            "Điều khoản sử dụng — Terms of use",
            [
                "ThiDuaBot là công cụ nội bộ để tổ chức phong trào thi đua. Nội dung bạn nhập (đăng ký, báo cáo, đề cử) là thông tin công vụ và được chia sẻ với thủ trưởng đơn vị và Hội đồng Thi đua-Khen thưởng theo quy chế của cơ quan.",
                "ThiDuaBot is an internal tool for running the emulation campaign. What you enter (pledges, reports, nominations) is official information, shared with your unit head and the council under your organisation's rules.",
            ]));
        return endpoints;
    }

    /// <summary>Escapes markup only; Vietnamese letters stay as they are (the page is UTF-8).</summary>
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static IResult Page(string title, IEnumerable<string> paragraphs)
    {
        var body = string.Concat(paragraphs.Select(p => $"<p>{Escape(p)}</p>"));
        var html = $"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + $"<title>ThiDuaBot — {Escape(title)}</title></head>"
            + $"<body style=\"font-family: system-ui, sans-serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5\">"
            + $"<h1>{Escape(title)}</h1>{body}</body></html>";
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
