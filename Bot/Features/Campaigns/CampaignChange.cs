namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>
/// One change between two versions of a campaign. <see cref="Subject"/> is the id of the content area, phase, title or
/// award form concerned, or the field's path for the campaign's own fields. <see cref="MayOrphanData"/> is true when
/// data already collected may point at something that no longer exists (a removed content area, phase, title or
/// award form; a title moved between individual and collective; a new campaign id), so the caller can warn or refuse.
/// </summary>
public sealed record CampaignChange(
    CampaignChangeKind Kind,
    string Subject,
    string DescriptionVi,
    string DescriptionEn,
    bool MayOrphanData = false)
{
    public string Description(bool english) => english ? DescriptionEn : DescriptionVi;
}
