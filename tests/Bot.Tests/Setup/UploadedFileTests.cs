using System.Text;
using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Campaigns;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.TestSupport;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Setup;

/// <summary>The secretary sends the plan (.yaml) or the roster (.csv) as a file in the personal chat.</summary>
public sealed class UploadedFileTests : BotTestBase
{
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Setup:Secretaries:0"] = TeamsActivities.UserAadObjectId,
    };

    private JsonObject FileMessage(string name, byte[] content, string locale = "vi-VN")
    {
        var activity = TeamsActivities.PersonalMessage(Channel.ServiceUrl, "", locale);
        activity["text"] = "<p></p>";
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = FileDownloadInfo.ContentType,
            ["contentUrl"] = "https://contoso-my.sharepoint.example/personal/file",
            ["name"] = name,
            ["content"] = new JsonObject
            {
                ["downloadUrl"] = Channel.ServeFile(name, content),
                ["uniqueId"] = Guid.NewGuid().ToString(),
                ["fileType"] = Path.GetExtension(name).TrimStart('.'),
            },
        });
        return activity;
    }

    private string LastReply() => SentActivities()[^1].BodyObject!.ToJsonString(ProtocolJson.Options);

    [Fact]
    public async Task Plan_file_then_roster_file_load_the_campaign_and_its_people()
    {
        await SendAsync(FileMessage("ke-hoach-2013.yaml", Encoding.UTF8.GetBytes(SampleCampaign.ReadYaml())));
        Assert.Contains("Đã nạp kế hoạch", LastReply());

        var csv = File.ReadAllBytes(RepositoryRoot.Combine("samples", "roster", "so-khcn-bac-giang.csv"));
        await SendAsync(FileMessage("danh-sach.csv", csv));

        Assert.Contains("Đã nhập danh sách: thêm 41 người", LastReply());
        Assert.NotNull(await Service<CampaignStore>().GetAsync(BotApplication.TenantId, SampleCampaign.Load().Id, CancellationToken.None));
        Assert.Equal(41, (await Service<RosterStore>().ListPeopleAsync(BotApplication.TenantId, SampleCampaign.Load().Id, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_file_from_someone_who_is_not_secretary_is_refused_without_being_downloaded()
    {
        Channel.Script($"/members/{TeamsActivities.UserId}", new ScriptedResponse(404));
        var activity = FileMessage("ke-hoach.yaml", Encoding.UTF8.GetBytes(SampleCampaign.ReadYaml()));
        activity["from"]!["aadObjectId"] = "someone-else";

        await SendAsync(activity);

        Assert.Contains("thư ký Hội đồng Thi đua-Khen thưởng", LastReply());
        Assert.Equal(0, Channel.FileDownloads);
        Assert.Null(await Service<CampaignStore>().GetAsync(BotApplication.TenantId, SampleCampaign.Load().Id, CancellationToken.None));
    }

    [Fact]
    public async Task Other_kinds_of_file_are_refused_in_the_users_language()
    {
        await SendAsync(FileMessage("bao-cao.docx", [1, 2, 3], locale: "en-US"));

        Assert.Contains(Strings.En.FileNotUnderstood, LastReply());
        Assert.Equal(0, Channel.FileDownloads);
    }

    [Fact]
    public async Task A_file_over_two_megabytes_is_refused()
    {
        await SendAsync(FileMessage("danh-sach.csv", new byte[3 * 1024 * 1024]));

        Assert.Contains(Strings.Vi.FileTooLarge, LastReply());
    }

    [Fact]
    public async Task A_broken_plan_file_is_refused_with_its_mistakes_and_nothing_is_stored()
    {
        var broken = SampleCampaign.ReadYaml().Replace("end: 2013-06-30", "end: 2013-13-40", StringComparison.Ordinal);

        await SendAsync(FileMessage("ke-hoach.yml", Encoding.UTF8.GetBytes(broken)));

        Assert.Contains(Strings.Vi.CampaignRefused, LastReply());
        Assert.Contains("phases[0].end", LastReply());
        Assert.Null(await Service<CampaignStore>().GetAsync(BotApplication.TenantId, SampleCampaign.Load().Id, CancellationToken.None));
    }
}
