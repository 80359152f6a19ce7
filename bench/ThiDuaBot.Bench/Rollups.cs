using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Progress;
using ThiDuaBot.Bot.Features.Progress.Units;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Features.Roster;
using ThiDuaBot.Bot.Features.Setup;
using ThiDuaBot.Bot.Hosting;
using ThiDuaBot.Bot.Outbox;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bench;

/// <summary>
/// <c>ThiDuaBot.Bench rollups</c>: the unit heads' month roll-up benchmark (issue 5). Seeds Azurite through the bot's
/// own services (the sample campaign, a generated roster of <c>--people</c> in <c>--units</c> units imported as a CSV,
/// a pledge for everyone, a month's reports for a share of them, some with a good deed), then builds every unit
/// head's roll-up card for the month from storage, as the bot would, and reports the time, the managed heap at its
/// peak during the build and the card sizes.
/// </summary>
internal static class Rollups
{
    internal const string TenantId = "8c2f4b1e-7a6d-4e3c-b2a1-9f0e8d7c6b5a";
    private const string Month = "2013-04";

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Quang", "Thu", "Hồng", "Ngọc", "Hữu"];
    private static readonly string[] GivenNames = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hương", "Khánh", "Lan", "Long", "Mai", "Nam", "Nhung", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vân", "Yến"];
    internal static readonly string[] Areas = ["cai-cach-hanh-chinh", "quan-ly-nha-nuoc", "tham-muu-dieu-hanh", "ung-dung-chuyen-giao", "tuyen-truyen-chinh-sach"];
    internal static readonly ProgressStatus[] Statuses = [ProgressStatus.NotStarted, ProgressStatus.InProgress, ProgressStatus.Done, ProgressStatus.Blocked];

    public static async Task<int> RunAsync(RollupOptions o)
    {
        var root = FanOut.FindRepositoryRoot();
        var work = Path.Combine(Path.GetTempPath(), "thiduabot-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        Say($"Work folder {work} (Azurite data)");
        try
        {
            await using var azurite = await AzuriteProcess.StartAsync(root, Path.Combine(work, "azurite"), o.AzuriteOnDisk);
            var settings = new Dictionary<string, string?>
            {
                ["ConnectionStrings:Storage"] = azurite.ConnectionString,
                ["Storage:TablePrefix"] = "bench" + Guid.NewGuid().ToString("N")[..8],
                ["Outbox:Enabled"] = "false",
                ["Reminders:Enabled"] = "false",
            };
            // The month's unit report day has passed: members without a report count as late.
            var now = new DateTimeOffset(2013, 4, 26, 9, 0, 0, TimeSpan.FromHours(7));
            using var host = Services(settings, new FixedTime(now));
            var services = host.Services;
            await services.GetRequiredService<Tables>().EnsureCreatedAsync(CancellationToken.None);

            var seed = Stopwatch.StartNew();
            var campaignId = await SeedCampaignAsync(services);
            var people = await SeedRosterAsync(services, campaignId, o);
            Say($"Campaign and roster of {people.Count} people stored ({seed.Elapsed.TotalSeconds:F1} s)");
            var reported = await SeedPledgesAndReportsAsync(services, campaignId, people, o, now);
            Say($"Pledges for {people.Count} people and {reported.Reports} reports of {Month} ({reported.Deeds} with a good deed) stored ({seed.Elapsed.TotalSeconds:F1} s)");

            var campaign = await services.GetRequiredService<PledgeCampaigns>().LoadAsync(TenantId, campaignId, CancellationToken.None)
                ?? throw new InvalidOperationException("the campaign did not load");
            var units = people.Where(p => p.UnitId is not null).Select(p => p.UnitId!).Distinct(StringComparer.Ordinal).Count();

            foreach (var (run, oneByOne) in Enumerable.Range(1, o.Runs).SelectMany(run => new[] { (run, false), (run, true) }))
            {
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                var baseline = GC.GetTotalMemory(forceFullCollection: true);
                using var sampler = new HeapSampler();
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                var cards = await BuildEveryRollupAsync(services, campaign, oneByOne, CancellationToken.None);
                var elapsed = clock.Elapsed;
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                var peak = sampler.Stop();
                var sizes = cards.Select(PledgeCard.SizeInBytes).OrderBy(size => size).ToList();
                Say(string.Create(CultureInfo.InvariantCulture,
                    $"Run {run}, {(oneByOne ? "unit by unit (BuildAsync)" : "all at once (BuildAllAsync)")}: {cards.Count} roll-ups ({units} units, {people.Count} people) in {elapsed.TotalSeconds:F2} s; "
                    + $"managed heap peak {Mb(peak)} MB above {Mb(baseline)} MB before the build (+{Mb(peak - baseline)} MB); allocated {Mb(allocated)} MB; "
                    + $"card size median {sizes[sizes.Count / 2] / 1024.0:F1} KB, max {sizes[^1] / 1024.0:F1} KB"));
            }
            Say($"Process peak working set {Mb(Process.GetCurrentProcess().PeakWorkingSet64)} MB (seeding included)");
            return 0;
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // Azurite may still hold a file for a moment; the folder is in the temp directory.
            }
        }
    }

    /// <summary>
    /// Every unit head's month roll-up of April 2013: all at once (<c>UnitMonthRollups.BuildAllAsync</c>, what a
    /// monthly send or a digest would do), or unit after unit as 200 heads opening their card would
    /// (<c>IUnitMonthCardSource.BuildAsync</c>: the unit's people from the roster's unit index, its month rows).
    /// </summary>
    private static async Task<IReadOnlyList<JsonObject>> BuildEveryRollupAsync(IServiceProvider services, PledgeCampaign campaign, bool oneByOne, CancellationToken cancellationToken)
    {
        var rollups = services.GetRequiredService<UnitMonthRollups>();
        var month = ProgressMonth.Parse(Month)!;
        if (!oneByOne)
        {
            return [.. (await rollups.BuildAllAsync(campaign, month, Strings.Vi, cancellationToken)).Values];
        }
        var units = await services.GetRequiredService<RosterStore>().ListUnitsAsync(TenantId, campaign.CampaignId, cancellationToken);
        var cards = new List<JsonObject>();
        foreach (var unit in units)
        {
            cards.Add(await rollups.BuildAsync(campaign, unit.UnitId, month, Strings.Vi, [], cancellationToken));
        }
        return cards;
    }

    internal static async Task<string> SeedCampaignAsync(IServiceProvider services)
    {
        var secretary = new Caller(TenantId, AadObjectId: null, CampaignId: null, Person: null, Role.CouncilSecretary);
        var loaded = await services.GetRequiredService<CampaignLoader>().LoadAsync(secretary, Strings.Vi, SampleCampaign.ReadYaml(), CancellationToken.None);
        if (!loaded.Stored)
        {
            throw new InvalidOperationException("the sample campaign was refused: " + string.Join("; ", loaded.Errors));
        }
        return CampaignFileParser.Parse(SampleCampaign.ReadYaml()).Definition!.Id;
    }

    /// <summary>A roster CSV as a secretary would upload it: each unit's first person is its head, the rest staff.</summary>
    internal static async Task<IReadOnlyList<Person>> SeedRosterAsync(IServiceProvider services, string campaignId, RollupOptions o)
    {
        var csv = new StringBuilder("Họ và tên,Email,Đơn vị,Chức vụ,Vai trò\n");
        for (var i = 0; i < o.People; i++)
        {
            var unit = i % o.Units;
            var head = i < o.Units;
            var name = $"{FamilyNames[i % FamilyNames.Length]} {MiddleNames[i / 7 % MiddleNames.Length]} {GivenNames[i / 3 % GivenNames.Length]}";
            csv.Append(CultureInfo.InvariantCulture, $"{name},nguoi{i:D5}@so.example,Phòng {unit + 1:D3},{(head ? "Trưởng phòng" : "Chuyên viên")},{(head ? "thủ trưởng đơn vị" : "cán bộ")}\n");
        }
        var secretary = new Caller(TenantId, AadObjectId: null, CampaignId: campaignId, Person: null, Role.CouncilSecretary);
        var imported = await services.GetRequiredService<RosterImportService>().ImportCsvAsync(secretary, Strings.Vi, Encoding.UTF8.GetBytes(csv.ToString()), CancellationToken.None);
        if (!imported.Imported)
        {
            throw new InvalidOperationException("the roster was refused: " + string.Join("; ", imported.Errors));
        }
        return await services.GetRequiredService<RosterStore>().ListPeopleAsync(TenantId, campaignId, CancellationToken.None);
    }

    private static async Task<(int Reports, int Deeds)> SeedPledgesAndReportsAsync(
        IServiceProvider services, string campaignId, IReadOnlyList<Person> people, RollupOptions o, DateTimeOffset now)
    {
        var pledges = services.GetRequiredService<PledgeStore>();
        var reports = services.GetRequiredService<ProgressStore>();
        var random = new Random(2013);
        // Decided up front, from one seeded generator, so every run seeds the same data.
        var plan = people.Select(person => (
            Person: person,
            Areas: Areas.Where(_ => random.NextDouble() < 0.6).DefaultIfEmpty(Areas[0]).ToList(),
            Reports: random.NextDouble() < o.ReportShare,
            Deed: random.NextDouble() < o.DeedShare,
            Status: random.Next(Statuses.Length))).ToList();
        var reported = 0;
        var deeds = 0;
        await Parallel.ForEachAsync(plan, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (entry, ct) =>
        {
            var person = entry.Person;
            var pledge = await pledges.SaveAsync(new PledgeSave
            {
                TenantId = TenantId,
                CampaignId = campaignId,
                Kind = PledgeKind.Individual,
                Subject = person.SignInName,
                UnitId = person.UnitId,
                Content = new PledgeContent("lao-dong-tien-tien", entry.Areas, "Hoàn thành xuất sắc nhiệm vụ được giao; không để hồ sơ trễ hạn.", new Dictionary<string, int>(), "Tôi cam kết thực hiện đúng các nội dung đã đăng ký."),
                CampaignVersion = 1,
                Nonce = Guid.NewGuid().ToString("N"),
                By = new PledgeAuthor(null, person.SignInName, person.DisplayName),
                At = now.AddDays(-40),
            }, ct);
            if (pledge.Pledge is null)
            {
                throw new InvalidOperationException($"the pledge of {person.SignInName} was not stored: {pledge.Outcome}");
            }
            if (!entry.Reports)
            {
                return;
            }
            var deed = entry.Deed
                ? new GoodDeed(person.SignInName.GetHashCode(StringComparison.Ordinal) % 2 == 0 ? null : "Trần Văn Bình",
                    "Nhặt được ví có 5 triệu đồng và giấy tờ, đã tìm và trả lại cho người đánh rơi; được người dân gửi thư cảm ơn.")
                : null;
            var saved = await reports.SaveAsync(new ProgressSave
            {
                TenantId = TenantId,
                CampaignId = campaignId,
                Month = Month,
                Subject = person.SignInName,
                UnitId = person.UnitId,
                Content = new ProgressContent(
                    entry.Areas.Select((area, index) => new ProgressAreaReport(area, Statuses[(entry.Status + index) % Statuses.Length], "Đã rà soát và trình 12 hồ sơ thủ tục hành chính đúng hạn.")).ToList(),
                    deed),
                PledgeVersion = pledge.Pledge.Version,
                Nonce = Guid.NewGuid().ToString("N"),
                By = new ProgressAuthor(null, person.SignInName, person.DisplayName),
                At = now.AddDays(-6),
            }, ct);
            if (saved.Outcome != ProgressSaveOutcome.Saved)
            {
                throw new InvalidOperationException($"the report of {person.SignInName} was not stored: {saved.Outcome}");
            }
            Interlocked.Increment(ref reported);
            if (deed is not null)
            {
                Interlocked.Increment(ref deeds);
            }
        });
        return (reported, deeds);
    }

    /// <summary>The bot's services over Azurite, in this process, none of its background services started.</summary>
    internal static IHost Services(Dictionary<string, string?> settings, TimeProvider time)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development", DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(time);
        builder.Services.AddBotFrameworkProtocol(builder.Configuration);
        builder.Services.AddBotStorage(builder.Configuration);
        builder.Services.AddRosterImport(builder.Configuration);
        builder.Services.AddBotFeatures(builder.Configuration);
        builder.Services.AddOutbox(builder.Configuration);
        return builder.Build();
    }

    internal static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture);

    internal static void Say(string line) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");

    /// <summary>A clock that stays at one instant: the roll-ups are built as of that moment.</summary>
    internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    /// <summary>Samples the managed heap every few milliseconds and keeps the highest value seen.</summary>
    internal sealed class HeapSampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private long _peak;

        public HeapSampler()
        {
            _peak = GC.GetTotalMemory(forceFullCollection: false);
            _loop = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    var current = GC.GetTotalMemory(forceFullCollection: false);
                    if (current > Interlocked.Read(ref _peak))
                    {
                        Interlocked.Exchange(ref _peak, current);
                    }
                    await Task.Delay(2).ConfigureAwait(false);
                }
            });
        }

        public long Stop()
        {
            _stop.Cancel();
            _loop.Wait();
            return Math.Max(Interlocked.Read(ref _peak), GC.GetTotalMemory(forceFullCollection: false));
        }

        public void Dispose()
        {
            _stop.Cancel();
            _stop.Dispose();
        }
    }
}
