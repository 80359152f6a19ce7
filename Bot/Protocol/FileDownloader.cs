namespace ThiDuaBot.Bot.Protocol;

/// <summary>Downloads a file a person sent, refusing anything over a size limit before reading it all.</summary>
public sealed class FileDownloader(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "file-download";

    /// <summary>The file's bytes; or no bytes, with <c>TooLarge</c> set when it is over <paramref name="maxBytes"/>.</summary>
    public async Task<(byte[]? Content, bool TooLarge)> DownloadAsync(FileDownloadInfo file, int maxBytes, CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(HttpClientName);
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(file.DownloadUrl, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return (null, false);
        }
        using var _ = response;
        if (!response.IsSuccessStatusCode)
        {
            return (null, false);
        }
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return (null, true);
        }
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, true);
            }
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), false);
    }
}
