using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Progress;

namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>The Vietnamese words the exported files use for stored values (the files are official documents, in Vietnamese).</summary>
public static class ExportLabels
{
    public static string Status(ProgressStatus status) => status switch
    {
        ProgressStatus.Done => "Hoàn thành",
        ProgressStatus.InProgress => "Đang thực hiện",
        ProgressStatus.Blocked => "Gặp khó khăn",
        _ => "Chưa thực hiện",
    };

    public static string Kind(PledgeKind kind) => kind == PledgeKind.Individual ? "Cá nhân" : "Tập thể";

    public static string Decision(GoodDeedDecision? decision) => decision switch
    {
        GoodDeedDecision.Confirmed => "Xác nhận",
        GoodDeedDecision.SetAside => "Tạm gác",
        _ => "Chưa xem xét",
    };

    public const string NoUnit = "(không thuộc đơn vị)";
    public const string Self = "Bản thân";
}
