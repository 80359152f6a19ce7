using System.Net;
using ThiDuaBot.Bot.Features.Digests;
using ThiDuaBot.Storage.Charts;

namespace ThiDuaBot.Bot.Tests.Digests;

public sealed class ChartCleanupTests : DigestTestBase
{
    [Fact]
    public async Task Charts_older_than_their_lifetime_are_deleted_and_newer_ones_still_drawn()
    {
        // The clock is left where it is: moving it on would also wake the hosted clean-up (first run five minutes after start).
        var now = Clock.GetUtcNow();
        var store = Service<ChartStore>();
        var old = await store.AddAsync(new StoredChart("Tháng 03/2013", [new ChartBar("Văn phòng Sở", 40)], now.AddDays(-401)), CancellationToken.None);
        var recent = await store.AddAsync(new StoredChart("Tháng 05/2013", [new ChartBar("Văn phòng Sở", 80)], now.AddDays(-399)), CancellationToken.None);

        Assert.Equal(1, await Service<ChartCleanup>().RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await Service<ChartCleanup>().RunOnceAsync(CancellationToken.None));

        using var client = Bot.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/charts/{old}.png")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/charts/{recent}.png")).StatusCode);
    }
}
