namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>
/// The monthly reporting calendar, as days of the month (1–28, so every month has them): by
/// <see cref="StaffReportDay"/> each person reports progress on their own pledge; by <see cref="UnitReportDay"/>
/// (the same day or later) each unit head submits the unit's monthly report.
/// </summary>
public sealed record MonthlyReporting(int StaffReportDay, int UnitReportDay);
