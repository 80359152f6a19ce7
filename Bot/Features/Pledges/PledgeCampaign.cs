using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Pledges;

/// <summary>The campaign people pledge in: its stored version, its parsed definition and its units.</summary>
public sealed record PledgeCampaign(StoredCampaign Stored, CampaignDefinition Definition, IReadOnlyList<Unit> Units)
{
    public string TenantId => Stored.TenantId;
    public string CampaignId => Stored.CampaignId;
    public int Version => Stored.Version;
    public DateOnly Deadline => Definition.PledgeDeadline;

    /// <summary>Pledges are open until the end of the deadline day in the campaign's time zone.</summary>
    public bool IsOpen(DateTimeOffset now) => DateOnly.FromDateTime(Local(now).DateTime) <= Deadline;

    /// <summary>Every phase has been closed by the secretary: nothing more is collected for this campaign.</summary>
    public bool IsClosed => Stored.Phases.Count > 0 && Stored.Phases.All(phase => phase.Status == PhaseStatus.Closed);

    /// <summary>An instant as people of the campaign read it.</summary>
    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Definition.TimeZone);

    public IReadOnlyList<EmulationTitle> Titles(PledgeKind kind) =>
        kind == PledgeKind.Individual ? Definition.Titles.Individual : Definition.Titles.Collective;

    public string UnitName(string? unitId, Strings strings) =>
        Units.FirstOrDefault(unit => unit.UnitId == unitId)?.Name ?? unitId ?? strings.NoUnit;

    public string TitleName(string titleId) => Definition.Titles.Find(titleId)?.Name ?? titleId;

    public string AreaTitle(string areaId) => Definition.ContentAreas.FirstOrDefault(area => area.Id == areaId)?.Title ?? areaId;
}
