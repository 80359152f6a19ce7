namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>
/// One mistake in a campaign file: where it is (1-based <see cref="Line"/> and <see cref="Column"/>, and the field
/// <see cref="Path"/> such as <c>phases[1].end</c>), what kind it is, and a plain message in Vietnamese and in English
/// that already names the line and the field — show the one in the user's language.
/// </summary>
public sealed record CampaignFileError(
    int Line,
    int Column,
    string Path,
    CampaignFileErrorCode Code,
    string MessageVi,
    string MessageEn)
{
    public string Message(bool english) => english ? MessageEn : MessageVi;
}
