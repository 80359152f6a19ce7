namespace ThiDuaBot.Bot.Protocol;

/// <summary>Handles files a person sent in the personal chat.</summary>
public interface IFileHandler
{
    Task HandleAsync(TurnContext turn, IReadOnlyList<FileDownloadInfo> files, CancellationToken cancellationToken);
}
