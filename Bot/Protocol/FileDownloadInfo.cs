using System.Text.Json.Nodes;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>
/// A file a person sent in the personal chat (<c>supportsFiles</c> in the manifest): Teams puts it in their OneDrive
/// and sends an attachment of type <see cref="ContentType"/> whose <c>downloadUrl</c> is short-lived and pre-authorised.
/// </summary>
public sealed record FileDownloadInfo(string Name, Uri DownloadUrl, string? FileType)
{
    public const string ContentType = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>The file attachments of an activity that can be downloaded (https URL); others are skipped.</summary>
    public static IReadOnlyList<FileDownloadInfo> From(Activity activity) =>
        (activity.Attachments ?? [])
            .Where(a => string.Equals(a.ContentType, ContentType, StringComparison.OrdinalIgnoreCase) && a.Content is JsonObject)
            .Select(a =>
            {
                var content = (JsonObject)a.Content!;
                var url = content["downloadUrl"] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
                var type = content["fileType"] is JsonValue t && t.TryGetValue<string>(out var fileType) ? fileType : null;
                return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
                    ? new FileDownloadInfo(a.Name ?? "", uri, type)
                    : null;
            })
            .OfType<FileDownloadInfo>()
            .ToList();
}
