using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.TestSupport.Cards;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Pledges;

/// <summary>What the launch sends each person: their card(s) as they stand in storage.</summary>
public sealed class PledgeCardFactoryTests : PledgeTestBase
{
    private PledgeCardFactory Factory => Service<PledgeCardFactory>();

    [Fact]
    public async Task A_unit_head_gets_an_individual_and_a_collective_form_and_staff_an_individual_one()
    {
        await SeedAsync();

        var head = await Factory.BuildForPersonAsync(BotApplication.TenantId, CampaignId, "DungHV@sokhcn.example", Language.Vietnamese, CancellationToken.None);
        var staff = await Factory.BuildForPersonAsync(BotApplication.TenantId, CampaignId, An.SignInName, Language.English, CancellationToken.None);

        Assert.Equal([(PledgeKind.Individual, Dung.SignInName), (PledgeKind.Collective, Office)], head.Select(c => (c.Kind, c.Subject)));
        Assert.All(head, c => Assert.Equal(PledgeCard.SubmitVerb, Verb(c.Card)));
        var only = Assert.Single(staff);
        Assert.Equal(Strings.En.PledgeIndividualHeading, TextBlocks(only.Card)[0]);
        var nonces = head.Concat(staff).Select(c => c.Card["actions"]![0]!["data"]![PledgeCard.NonceKey]!.GetValue<string>()).ToList();
        Assert.Equal(nonces.Count, nonces.Distinct().Count());
        CardAssert.AllValid([.. head.Select(c => c.Card), only.Card]);
    }

    [Fact]
    public async Task Someone_who_already_pledged_gets_the_summary()
    {
        await SeedAsync();
        await ClickAsync(await OpenCardAsync(An), PledgeCard.SubmitVerb, ValidInputs());

        var cards = await Factory.BuildForPersonAsync(BotApplication.TenantId, CampaignId, An.SignInName, Language.Vietnamese, CancellationToken.None);

        Assert.Equal(PledgeCard.EditVerb, Verb(Assert.Single(cards).Card));
    }

    [Fact]
    public async Task Unknown_people_and_campaigns_get_no_card()
    {
        await SeedAsync();

        Assert.Empty(await Factory.BuildForPersonAsync(BotApplication.TenantId, CampaignId, "nobody@sokhcn.example", Language.Vietnamese, CancellationToken.None));
        Assert.Empty(await Factory.BuildForPersonAsync(BotApplication.TenantId, "ke-hoach-khac", An.SignInName, Language.Vietnamese, CancellationToken.None));
        Assert.Empty(await Factory.BuildForPersonAsync(BotApplication.TenantId, CampaignId, Left.SignInName, Language.Vietnamese, CancellationToken.None));
    }
}
