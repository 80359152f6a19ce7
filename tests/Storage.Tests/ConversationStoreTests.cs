using ThiDuaBot.Storage.Conversations;

namespace ThiDuaBot.Storage.Tests;

public sealed class ConversationStoreTests : StorageTestBase
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static StoredConversation Personal(string tenant = "tenant-a", string conversationId = "a:1xYz/Personal#1?") => new()
    {
        TenantId = tenant,
        ConversationId = conversationId,
        ConversationType = "personal",
        ServiceUrl = "https://smba.trafficmanager.net/apac/",
        ChannelId = "msteams",
        BotId = "28:bot",
        BotName = "ThiDuaBot",
        UserId = "29:user",
        UserAadObjectId = "aad-user-1",
        UserName = "Nguyễn Văn An",
        Locale = "vi-VN",
    };

    [Fact]
    public async Task Recorded_conversation_reads_back_with_every_field_even_with_characters_keys_forbid()
    {
        var store = new ConversationStore(Tables);
        await store.RecordInstalledAsync(Personal(), T0, CancellationToken.None);

        var read = await store.GetAsync("tenant-a", "a:1xYz/Personal#1?", CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(Personal() with { InstalledAt = T0 }, read);
    }

    [Fact]
    public async Task Recording_again_keeps_first_install_time_and_welcome()
    {
        var store = new ConversationStore(Tables);
        await store.RecordInstalledAsync(Personal(), T0, CancellationToken.None);
        Assert.True(await store.TryClaimWelcomeAsync("tenant-a", Personal().ConversationId, T0, CancellationToken.None));

        await store.RecordInstalledAsync(Personal() with { Locale = "en-US" }, T0.AddHours(1), CancellationToken.None);
        var read = await store.GetAsync("tenant-a", Personal().ConversationId, CancellationToken.None);

        Assert.Equal(T0, read!.InstalledAt);
        Assert.Equal(T0, read.WelcomedAt);
        Assert.Equal("en-US", read.Locale);
    }

    [Fact]
    public async Task Recording_what_the_row_already_says_writes_nothing()
    {
        var store = new ConversationStore(Tables);
        await store.RecordInstalledAsync(Personal(), T0, CancellationToken.None);
        var before = await RowAsync();

        await store.RecordInstalledAsync(Personal(), T0.AddHours(1), CancellationToken.None);
        await store.RecordInstalledAsync(Personal() with { UserName = null, BotName = null }, T0.AddHours(2), CancellationToken.None);

        Assert.Equal(before.ETag, (await RowAsync()).ETag);
    }

    [Fact]
    public async Task Concurrent_refreshes_of_one_conversation_all_succeed_and_leave_one_row_with_its_install_and_welcome()
    {
        var store = new ConversationStore(Tables);
        await store.RecordInstalledAsync(Personal(), T0, CancellationToken.None);
        Assert.True(await store.TryClaimWelcomeAsync("tenant-a", Personal().ConversationId, T0, CancellationToken.None));

        // Every refresh carries another service URL, so each one writes.
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            store.RecordInstalledAsync(Personal() with { ServiceUrl = $"https://smba.trafficmanager.net/r{i}/" }, T0.AddMinutes(i), CancellationToken.None)));

        var rows = await store.ListAsync("tenant-a", CancellationToken.None).ToListAsync();
        var row = Assert.Single(rows);
        Assert.Equal((T0, T0, true), (row.InstalledAt, row.WelcomedAt, row.Installed));
        Assert.StartsWith("https://smba.trafficmanager.net/r", row.ServiceUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_first_records_and_a_welcome_claim_add_one_row_and_welcome_once()
    {
        var store = new ConversationStore(Tables);

        var records = Enumerable.Range(0, 20).Select(i =>
            store.RecordInstalledAsync(Personal() with { ServiceUrl = $"https://smba.trafficmanager.net/r{i % 3}/" }, T0, CancellationToken.None));
        await Task.WhenAll(records);
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => i % 2 == 0
            ? store.TryClaimWelcomeAsync("tenant-a", Personal().ConversationId, T0, CancellationToken.None)
            : store.RecordInstalledAsync(Personal() with { ServiceUrl = $"https://smba.trafficmanager.net/x{i}/" }, T0, CancellationToken.None).ContinueWith(_ => false, TaskScheduler.Default)));

        Assert.Single(await store.ListAsync("tenant-a", CancellationToken.None).ToListAsync());
        Assert.Equal(1, claims.Count(c => c));
    }

    [Fact]
    public async Task A_refresh_racing_the_welcome_claim_does_not_take_the_welcome_away()
    {
        var store = new ConversationStore(Tables);
        await store.RecordInstalledAsync(Personal(), T0, CancellationToken.None);

        var refreshes = Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            store.RecordInstalledAsync(Personal() with { ServiceUrl = $"https://smba.trafficmanager.net/r{i}/" }, T0, CancellationToken.None)));
        var claimed = await store.TryClaimWelcomeAsync("tenant-a", Personal().ConversationId, T0, CancellationToken.None);
        await refreshes;

        Assert.True(claimed);
        Assert.Equal(T0, (await store.GetAsync("tenant-a", Personal().ConversationId, CancellationToken.None))!.WelcomedAt);
    }

    private async Task<Azure.Data.Tables.TableEntity> RowAsync()
    {
        var table = Tables.Get(TableNames.Conversations);
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            return row;
        }
        throw new InvalidOperationException("no conversation row");
    }

    [Fact]
    public async Task Welcome_is_claimed_once_even_by_concurrent_callers()
    {
        var store = new ConversationStore(Tables);
        await store.RecordInstalledAsync(Personal(), T0, CancellationToken.None);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            store.TryClaimWelcomeAsync("tenant-a", Personal().ConversationId, T0, CancellationToken.None)));

        Assert.Equal(1, claims.Count(c => c));
    }

    [Fact]
    public async Task Uninstall_marks_the_row_and_a_reinstall_welcomes_again()
    {
        var store = new ConversationStore(Tables);
        await store.RecordInstalledAsync(Personal(), T0, CancellationToken.None);
        Assert.True(await store.TryClaimWelcomeAsync("tenant-a", Personal().ConversationId, T0, CancellationToken.None));

        Assert.True(await store.MarkUninstalledAsync("tenant-a", Personal().ConversationId, T0.AddDays(1), CancellationToken.None));
        var removed = await store.GetAsync("tenant-a", Personal().ConversationId, CancellationToken.None);
        Assert.False(removed!.Installed);
        Assert.Equal(T0.AddDays(1), removed.UninstalledAt);
        Assert.Null(await store.FindPersonalAsync("tenant-a", "aad-user-1", CancellationToken.None));
        Assert.False(await store.TryClaimWelcomeAsync("tenant-a", Personal().ConversationId, T0, CancellationToken.None));

        await store.RecordInstalledAsync(Personal(), T0.AddDays(2), CancellationToken.None);
        var back = await store.GetAsync("tenant-a", Personal().ConversationId, CancellationToken.None);
        Assert.True(back!.Installed);
        Assert.Null(back.UninstalledAt);
        Assert.Equal(T0.AddDays(2), back.InstalledAt);
        Assert.True(await store.TryClaimWelcomeAsync("tenant-a", Personal().ConversationId, T0.AddDays(2), CancellationToken.None));
    }

    [Fact]
    public async Task Uninstall_of_an_unknown_conversation_stores_nothing()
    {
        var store = new ConversationStore(Tables);
        Assert.False(await store.MarkUninstalledAsync("tenant-a", "never-seen", T0, CancellationToken.None));
        Assert.Empty(await store.ListAsync("tenant-a", CancellationToken.None).ToListAsync());
    }

    [Fact]
    public async Task Tenants_are_separate_partitions()
    {
        var store = new ConversationStore(Tables);
        await store.RecordInstalledAsync(Personal("tenant-a", "c1"), T0, CancellationToken.None);
        await store.RecordInstalledAsync(Personal("tenant-b", "c2"), T0, CancellationToken.None);

        var a = await store.ListAsync("tenant-a", CancellationToken.None).ToListAsync();

        Assert.Equal(["c1"], a.Select(c => c.ConversationId));
        Assert.Null(await store.GetAsync("tenant-a", "c2", CancellationToken.None));
        Assert.Equal("c2", (await store.FindPersonalAsync("tenant-b", "aad-user-1", CancellationToken.None))?.ConversationId);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(1000)]
    [InlineData(2048)]
    public async Task A_conversation_id_past_the_key_limit_is_stored_and_found_under_its_hash(int length)
    {
        var store = new ConversationStore(Tables);
        var id = "a:" + new string('x', length - 2);
        var slashes = "19:" + new string('/', (length - 3) / 3);

        await store.RecordInstalledAsync(Personal(conversationId: id), T0, CancellationToken.None);
        await store.RecordInstalledAsync(Personal(conversationId: slashes), T0, CancellationToken.None);

        Assert.Equal(id, (await store.GetAsync("tenant-a", id, CancellationToken.None))?.ConversationId);
        Assert.Equal(slashes, (await store.GetAsync("tenant-a", slashes, CancellationToken.None))?.ConversationId);
        Assert.Null(await store.GetAsync("tenant-a", id + "y", CancellationToken.None));
        Assert.True(await store.TryClaimWelcomeAsync("tenant-a", id, T0, CancellationToken.None));
        Assert.Equal(2, (await store.ListAsync("tenant-a", CancellationToken.None).ToListAsync()).Count);
    }

    [Fact]
    public void Hashed_row_keys_cannot_meet_encoded_ones()
    {
        var longId = new string('x', 600);
        var hashed = ConversationKeys.Row(longId);

        Assert.StartsWith("%h", hashed, StringComparison.Ordinal);
        Assert.True(hashed.Length < ConversationKeys.MaxPlainRowKeyBytes);
        Assert.NotEqual(hashed, ConversationKeys.Row(hashed));
        Assert.Equal("a:1%2F2", ConversationKeys.Row("a:1/2"));
    }
}
