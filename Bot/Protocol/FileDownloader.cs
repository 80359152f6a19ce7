namespace ThiDuaBot.Bot.Protocol;

/// <summary>Downloads a file a person sent, refusing anything over a size limit before reading it all.</summary>
public sealed class FileDownloader(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "file-download";

    /// <summary>The file's bytes, or null when it is larger than <paramref name="maxBytes"/> or cannot be fetched.</summary>
    public async Task<byte[]?> DownloadAsync(FileDownloadInfo file, int maxBytes, CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(HttpClientName);
        using var response = await http.GetAsync(file.DownloadUrl, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > maxBytes)
        {
            return null;
        }
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
