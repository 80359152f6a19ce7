using System.Text;
using System.Text.Json;
using Azure.Data.Tables;

namespace ThiDuaBot.Storage.Progress;

/// <summary>
/// The columns of a unit report row (<c>unit|…</c> current, <c>uv|…</c> versions). The snapshot is JSON split over
/// <c>Snapshot</c>, <c>Snapshot1</c>, … (at most <see cref="ChunkChars"/> characters each, under Azure Tables' 32K
/// per property), so a unit of hundreds with long confirmed good deeds still fits one entity.
/// </summary>
internal static class UnitReportColumns
{
    public const int ChunkChars = 30_000;
    private const string SnapshotColumn = "Snapshot";

    public static TableEntity ToEntity(string partition, string rowKey, UnitMonthReport report, IReadOnlyList<string>? recentNonces)
    {
        var entity = new TableEntity(partition, rowKey)
        {
            ["UnitId"] = report.UnitId,
            ["Version"] = report.Version,
            ["Comment"] = report.Comment,
            ["Reason"] = report.Reason,
            ["SubmittedAt"] = report.SubmittedAt,
            ["SubmittedByAadObjectId"] = report.SubmittedBy.AadObjectId,
            ["SubmittedBySignInName"] = report.SubmittedBy.SignInName,
            ["SubmittedByName"] = report.SubmittedBy.Name,
            ["SavedAt"] = report.SavedAt,
            ["SavedByAadObjectId"] = report.SavedBy.AadObjectId,
            ["SavedBySignInName"] = report.SavedBy.SignInName,
            ["SavedByName"] = report.SavedBy.Name,
            ["Nonce"] = report.Nonce,
        };
        if (recentNonces is not null)
        {
            entity["RecentNonces"] = JsonSerializer.Serialize(recentNonces, StorageJson.Options);
        }
        if (report.Snapshot is { } snapshot)
        {
            var json = JsonSerializer.Serialize(snapshot, StorageJson.Options);
            for (var (start, part) = (0, 0); start < json.Length; start += ChunkChars, part++)
            {
                entity[part == 0 ? SnapshotColumn : SnapshotColumn + part] = json.Substring(start, Math.Min(ChunkChars, json.Length - start));
            }
        }
        return entity;
    }

    public static UnitMonthReport ToRecord(TableEntity entity, string month)
    {
        var submittedAt = entity.GetDateTimeOffset("SubmittedAt") ?? default;
        var submittedBy = new ProgressAuthor(entity.GetString("SubmittedByAadObjectId"), entity.GetString("SubmittedBySignInName"), entity.GetString("SubmittedByName"));
        return new UnitMonthReport
        {
            UnitId = entity.GetString("UnitId") ?? "",
            Month = month,
            // Rows written before the unit report had versions are the submission itself.
            Version = entity.GetInt32("Version") ?? 1,
            Comment = entity.GetString("Comment") ?? "",
            Reason = entity.GetString("Reason"),
            Snapshot = Snapshot(entity),
            SubmittedAt = submittedAt,
            SubmittedBy = submittedBy,
            SavedAt = entity.GetDateTimeOffset("SavedAt") ?? submittedAt,
            SavedBy = entity.ContainsKey("SavedAt")
                ? new ProgressAuthor(entity.GetString("SavedByAadObjectId"), entity.GetString("SavedBySignInName"), entity.GetString("SavedByName"))
                : submittedBy,
            Nonce = entity.GetString("Nonce") ?? "",
        };
    }

    public static IReadOnlyList<string> RecentNonces(TableEntity entity) =>
        entity.GetString("RecentNonces") is { Length: > 0 } json ? JsonSerializer.Deserialize<List<string>>(json, StorageJson.Options) ?? [] : [];

    private static UnitReportSnapshot? Snapshot(TableEntity entity)
    {
        if (entity.GetString(SnapshotColumn) is not { } first)
        {
            return null;
        }
        var json = new StringBuilder(first);
        for (var part = 1; entity.GetString(SnapshotColumn + part) is { } next; part++)
        {
            json.Append(next);
        }
        return JsonSerializer.Deserialize<UnitReportSnapshot>(json.ToString(), StorageJson.Options);
    }
}
