using Azure;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Progress;

/// <summary>The head's decision on a person's good deed of the month (<c>d|{unit}|{person}</c> row).</summary>
internal sealed class DeedDecisionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string UnitId { get; set; } = "";
    public string Subject { get; set; } = "";
    /// <summary><c>confirm</c> or <c>set-aside</c>.</summary>
    public string Decision { get; set; } = "";
    public string? GoodDeedColleague { get; set; }
    public string GoodDeed { get; set; } = "";
    public int ReportVersion { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
    public string? DecidedByAadObjectId { get; set; }
    public string? DecidedBySignInName { get; set; }
    public string? DecidedByName { get; set; }

    public static DeedDecisionEntity From(string partition, StoredDeedDecision decision) => new()
    {
        PartitionKey = partition,
        RowKey = ProgressKeys.DeedDecisionRow(decision.UnitId, decision.Subject),
        UnitId = decision.UnitId,
        Subject = ProgressKeys.NormalizeSubject(decision.Subject),
        Decision = GoodDeedDecisions.Id(decision.Decision),
        GoodDeedColleague = decision.Deed.ColleagueName,
        GoodDeed = decision.Deed.Description,
        ReportVersion = decision.ReportVersion,
        DecidedAt = decision.DecidedAt,
        DecidedByAadObjectId = decision.DecidedBy.AadObjectId,
        DecidedBySignInName = decision.DecidedBy.SignInName,
        DecidedByName = decision.DecidedBy.Name,
    };

    public StoredDeedDecision ToRecord() => new()
    {
        UnitId = UnitId,
        Subject = Subject,
        Decision = GoodDeedDecisions.Parse(Decision) ?? GoodDeedDecision.SetAside,
        Deed = new GoodDeed(GoodDeedColleague, GoodDeed),
        ReportVersion = ReportVersion,
        DecidedAt = DecidedAt,
        DecidedBy = new ProgressAuthor(DecidedByAadObjectId, DecidedBySignInName, DecidedByName),
    };
}
