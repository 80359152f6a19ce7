using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaBot.Bot.Features.Digests;
using ThiDuaBot.Bot.Features.Digests.Reviews;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Progress;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bench;

/// <summary>
/// <c>ThiDuaBot.Bench digest</c>: the council digest benchmark (issue 6). Seeds Azurite through the bot's services (the
/// sample campaign, a roster of <c>--people</c> in <c>--units</c> units, a pledge for everyone, and for each month of
/// 2013 a report from a share of them, some with a good deed the head confirms, and the unit report of most units),
/// then builds the digest of every month from storage as the bot does: loading (<see cref="DigestLoader"/>), the pure
/// build (<see cref="DigestBuilder"/>) and the card, timing each and sampling the managed heap.
/// </summary>
internal static class Digests
{
    private const int Months = 12;
    private const string TenantId = Rollups.TenantId;

    public static async Task<int> RunAsync(RollupOptions o)
    {
        var root = FanOut.FindRepositoryRoot();
        var work = Path.Combine(Path.GetTempPath(), "thiduabot-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
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
            var now = new DateTimeOffset(2014, 1, 5, 9, 0, 0, TimeSpan.FromHours(7));
            using var host = Rollups.Services(settings, new Rollups.FixedTime(now));
            var services = host.Services;
            await services.GetRequiredService<Tables>().EnsureCreatedAsync(CancellationToken.None);

            var seed = Stopwatch.StartNew();
            var campaignId = await Rollups.SeedCampaignAsync(services);
            var people = await Rollups.SeedRosterAsync(services, campaignId, o);
            var seeded = await SeedAsync(services, campaignId, people, o);
            Rollups.Say($"Seeded {people.Count} people, {seeded.Reports} reports over {Months} months, {seeded.Decisions} confirmed deeds, {seeded.UnitReports} unit reports ({seed.Elapsed.TotalSeconds:F0} s)");

            var campaign = await services.GetRequiredService<PledgeCampaigns>().LoadAsync(TenantId, campaignId, CancellationToken.None)
                ?? throw new InvalidOperationException("the campaign did not load");
            var loader = services.GetRequiredService<DigestLoader>();
            var cards = services.GetRequiredService<DigestCardFactory>();
            for (var run = 1; run <= o.Runs; run++)
            {
                foreach (var month in Enumerable.Range(1, Months).Select(m => new ProgressMonth(new DateOnly(2013, m, 1))).Where(m => m.Phases(campaign.Definition).Count > 0))
                {
                    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                    var baseline = GC.GetTotalMemory(forceFullCollection: true);
                    using var sampler = new Rollups.HeapSampler();
                    var clock = Stopwatch.StartNew();
                    var input = await loader.LoadAsync(campaign, month, CancellationToken.None);
                    var loaded = clock.Elapsed;
                    var digest = DigestBuilder.Build(campaign, month, input, Strings.Vi);
                    var built = clock.Elapsed - loaded;
                    var card = DigestCard.Build(Strings.Vi, cards.Model(campaign, digest, DigestCardFactory.Sorted(digest.Units), official: true, imageUrl: "https://thiduabot.example/charts/0123456789abcdef0123456789abcdef.png"));
                    var total = clock.Elapsed;
                    var peak = sampler.Stop();
                    Rollups.Say(string.Create(CultureInfo.InvariantCulture,
                        $"Run {run} {month.Text}: load {loaded.TotalMilliseconds:F0} ms ({input.Entries.Count + (input.PreviousEntries?.Count ?? 0)} index rows), build {built.TotalMilliseconds:F1} ms, "
                        + $"total with card {total.TotalMilliseconds:F0} ms; heap peak {Rollups.Mb(peak)} MB (+{Rollups.Mb(peak - baseline)} MB over {Rollups.Mb(baseline)} MB); "
                        + $"card {PledgeCard.SizeInBytes(card) / 1024.0:F1} KB; reported {digest.ReportedPercent} %, {digest.Deeds.Count} deeds"));
                }
            }
            var reviews = services.GetRequiredService<ReviewDigests>();
            var today = DateOnly.FromDateTime(campaign.Local(now).DateTime);
            for (var run = 1; run <= o.Runs; run++)
            {
                foreach (var phase in campaign.Definition.Phases.OrderBy(p => p.Start))
                {
                    var period = ReviewPeriod.For(campaign.Definition, phase);
                    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                    var baseline = GC.GetTotalMemory(forceFullCollection: true);
                    using var sampler = new Rollups.HeapSampler();
                    var clock = Stopwatch.StartNew();
                    var months = await loader.LoadMonthsAsync(campaign, period.CountedMonths(campaign, today), CancellationToken.None);
                    var loaded = clock.Elapsed;
                    var review = ReviewDigestBuilder.Build(campaign, period, months, Strings.Vi);
                    var built = clock.Elapsed - loaded;
                    var card = ReviewCard.Build(Strings.Vi, reviews.Model(campaign, review, ReviewDigests.Sorted(review.Units), official: true, imageUrl: "https://thiduabot.example/charts/0123456789abcdef0123456789abcdef.png"));
                    var total = clock.Elapsed;
                    var peak = sampler.Stop();
                    Rollups.Say(string.Create(CultureInfo.InvariantCulture,
                        $"Run {run} {(period.Final ? "final review" : "interim review")} {phase.Name} ({months.Count} months): load {loaded.TotalMilliseconds:F0} ms ({months.Sum(m => m.Input.Entries.Count)} index rows), build {built.TotalMilliseconds:F1} ms, "
                        + $"total with card {total.TotalMilliseconds:F0} ms; heap peak {Rollups.Mb(peak)} MB (+{Rollups.Mb(peak - baseline)} MB over {Rollups.Mb(baseline)} MB); "
                        + $"card {PledgeCard.SizeInBytes(card) / 1024.0:F1} KB; reported {review.ReportedPercent} %, {review.Deeds.Count} deeds"));
                }
            }
            Rollups.Say($"Process peak working set {Rollups.Mb(Process.GetCurrentProcess().PeakWorkingSet64)} MB (seeding included)");
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

    private static async Task<(int Reports, int Decisions, int UnitReports)> SeedAsync(IServiceProvider services, string campaignId, IReadOnlyList<Person> people, RollupOptions o)
    {
        var pledges = services.GetRequiredService<PledgeStore>();
        var reports = services.GetRequiredService<ProgressStore>();
        var random = new Random(2013);
        var plan = people.Select(person => (
            Person: person,
            Areas: Rollups.Areas.Where(_ => random.NextDouble() < 0.6).DefaultIfEmpty(Rollups.Areas[0]).ToList(),
            Title: random.Next(5) == 0 ? "chien-si-thi-dua-co-so" : "lao-dong-tien-tien",
            Months: Enumerable.Range(1, Months).Select(_ => (Reports: random.NextDouble() < o.ReportShare, Deed: random.NextDouble() < o.DeedShare, Status: random.Next(4))).ToList())).ToList();
        var heads = people.Where(p => p.Has(Role.UnitHead) && p.UnitId is not null).ToDictionary(p => p.UnitId!, StringComparer.Ordinal);
        int reported = 0, decided = 0;
        await Parallel.ForEachAsync(plan, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (entry, ct) =>
        {
            var person = entry.Person;
            var at = new DateTimeOffset(2013, 1, 5, 9, 0, 0, TimeSpan.FromHours(7));
            var pledge = (await pledges.SaveAsync(new PledgeSave
            {
                TenantId = TenantId, CampaignId = campaignId, Kind = PledgeKind.Individual, Subject = person.SignInName, UnitId = person.UnitId,
                Content = new PledgeContent(entry.Title, entry.Areas, "Hoàn thành xuất sắc nhiệm vụ được giao.", new Dictionary<string, int>(), "Tôi cam kết."),
                CampaignVersion = 1, Nonce = Guid.NewGuid().ToString("N"), By = new PledgeAuthor(null, person.SignInName, person.DisplayName), At = at,
            }, ct)).Pledge ?? throw new InvalidOperationException("pledge not stored");
            for (var m = 1; m <= Months; m++)
            {
                var (reports1, deed1, status) = entry.Months[m - 1];
                if (!reports1)
                {
                    continue;
                }
                var month = ProgressKeys.Month(2013, m);
                var deed = deed1 ? new GoodDeed(null, "Nhặt được ví có 5 triệu đồng và giấy tờ, đã tìm và trả lại cho người đánh rơi.") : null;
                var saved = await reports.SaveAsync(new ProgressSave
                {
                    TenantId = TenantId, CampaignId = campaignId, Month = month, Subject = person.SignInName, UnitId = person.UnitId,
                    Content = new ProgressContent([.. entry.Areas.Select((area, i) => new ProgressAreaReport(area, Rollups.Statuses[(status + i) % 4], "Đã trình 12 hồ sơ đúng hạn."))], deed),
                    PledgeVersion = pledge.Version, Nonce = Guid.NewGuid().ToString("N"), By = new ProgressAuthor(null, person.SignInName, person.DisplayName), At = at,
                }, ct);
                Interlocked.Increment(ref reported);
                if (deed is not null && heads.TryGetValue(person.UnitId!, out var head))
                {
                    await reports.DecideGoodDeedAsync(TenantId, campaignId, month, new StoredDeedDecision
                    {
                        UnitId = person.UnitId!, Subject = person.SignInName, Decision = GoodDeedDecision.Confirmed, Deed = deed, ReportVersion = saved.Progress!.Version,
                        DecidedAt = at, DecidedBy = new ProgressAuthor(null, head.SignInName, head.DisplayName),
                    }, ct);
                    Interlocked.Increment(ref decided);
                }
            }
        });
        // Three units in four submit their report each month.
        var units = heads.Keys.Where((_, i) => i % 4 != 0).ToList();
        await Parallel.ForEachAsync(Enumerable.Range(1, Months).SelectMany(m => units.Select(u => (Month: ProgressKeys.Month(2013, m), Unit: u))), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (x, ct) =>
            await reports.SubmitUnitReportAsync(TenantId, campaignId, x.Month, x.Unit, new ProgressAuthor(null, heads[x.Unit].SignInName, heads[x.Unit].DisplayName), new DateTimeOffset(2013, 12, 30, 9, 0, 0, TimeSpan.Zero), ct));
        return (reported, decided, units.Count * Months);
    }
}
