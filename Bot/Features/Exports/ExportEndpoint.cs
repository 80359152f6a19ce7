using ThiDuaBot.Bot.Protocol;

namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>
/// <c>GET /exports/{token}</c>: the download behind a link the export command sent. A valid link gets the file, made
/// again from storage, as an attachment with its UTF-8 name; an expired one 403 with a short note in both languages;
/// a requester who no longer holds an export role 403 with no body; anything else 404 with no body. Nothing about the campaign or the requester is said on a refusal.
/// </summary>
public static class ExportEndpoint
{
    public const string ExpiredText =
        "Liên kết tải tệp đã hết hạn. Hãy gõ lại lệnh \"xuất báo cáo\" trong cuộc trò chuyện với ThiDuaBot.\n"
        + "This download link has expired. Type \"export\" again in your chat with ThiDuaBot.\n";

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportLinks.PathPrefix + "{token}", HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        string token, HttpContext http, ExportLinks links, ExportAccess access, ExportFiles files, TenantPolicy tenants, ILoggerFactory loggerFactory)
    {
        var logger = loggerFactory.CreateLogger(typeof(ExportEndpoint));
        var cancellationToken = http.RequestAborted;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        var (check, ticket) = await links.CheckAsync(token, cancellationToken).ConfigureAwait(false);
        if (check == ExportLinkCheck.Invalid || ticket is null || !tenants.IsAllowed(ticket.TenantId))
        {
            logger.LogInformation("Export download refused: invalid link");
            return Results.NotFound();
        }
        if (check == ExportLinkCheck.Expired)
        {
            logger.LogInformation("Export download refused: link expired for campaign {CampaignId}", ticket.CampaignId);
            return Results.Text(ExpiredText, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }
        if (!await access.StillAllowedAsync(ticket, cancellationToken).ConfigureAwait(false))
        {
            logger.LogInformation("Export download refused: {RequestedBy} no longer holds an export role in campaign {CampaignId}", ticket.RequestedBy, ticket.CampaignId);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        var file = await files.MakeAsync(ticket, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            logger.LogInformation("Export download refused: campaign {CampaignId} or phase no longer exists", ticket.CampaignId);
            return Results.NotFound();
        }
        logger.LogInformation("Export {Format} of campaign {CampaignId} downloaded ({Bytes} bytes), requested by {RequestedBy}",
            ticket.Format, ticket.CampaignId, file.Content.Length, ticket.RequestedBy);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
