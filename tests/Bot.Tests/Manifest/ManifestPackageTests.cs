using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ThiDuaBot.Bot.Tests.Manifest;

public sealed class ManifestPackageTests(PackagedApp package) : IClassFixture<PackagedApp>
{
    [Fact]
    public void Package_holds_the_manifest_the_English_strings_and_both_icons_at_its_root()
    {
        Assert.Equal(
            ["color.png", "en-US.json", "manifest.json", "outline.png"],
            package.Entries.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void App_id_and_bot_id_are_the_given_Microsoft_App_ID()
    {
        var manifest = package.Manifest;

        Assert.Equal(Guid.Parse(PackagedApp.AppId), Guid.Parse((string)manifest["id"]!));
        var bot = Assert.Single(manifest["bots"]!.AsArray())!;
        Assert.Equal(Guid.Parse(PackagedApp.AppId), Guid.Parse((string)bot["botId"]!));
    }

    [Fact]
    public void Bot_works_in_personal_chat_and_teams_takes_files_and_offers_help_in_both()
    {
        var bot = package.Manifest["bots"]![0]!;

        Assert.Equal(["personal", "team"], Strings(bot["scopes"]).Order());
        Assert.True((bool)bot["supportsFiles"]!); // the secretary sends plan (.yaml) and roster (.csv) files in the personal chat
        // Graph's proactive install (TeamsAppInstallation.ReadWriteSelfForUser.All) needs the bot's own Entra app here.
        Assert.Equal(Guid.Parse(PackagedApp.AppId), Guid.Parse((string)package.Manifest["webApplicationInfo"]!["id"]!));
        foreach (var scope in (string[])["personal", "team"])
        {
            var list = Assert.Single(bot["commandLists"]!.AsArray(), l => Strings(l!["scopes"]).Contains(scope))!;
            Assert.Contains("trợ giúp", list["commands"]!.AsArray().Select(c => (string)c!["title"]!));
        }
    }

    [Fact]
    public void Vietnamese_is_the_default_language_and_the_English_file_is_packaged_and_parses()
    {
        var localization = package.Manifest["localizationInfo"]!;
        Assert.Equal("vi-VN", (string)localization["defaultLanguageTag"]!);
        var english = Assert.Single(localization["additionalLanguages"]!.AsArray())!;
        Assert.Equal("en-US", (string)english["languageTag"]!);
        Assert.Equal("en-US.json", (string)english["file"]!);

        var strings = JsonNode.Parse(package.Entries["en-US.json"])!.AsObject();
        Assert.Equal("ThiDuaBot", (string)strings["name.short"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)strings["description.short"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)strings["description.full"]));
        Assert.Equal("help", (string)strings["bots[0].commandLists[0].commands[0].title"]!);
        Assert.Equal("help", (string)strings["bots[0].commandLists[1].commands[0].title"]!);
    }

    [Fact]
    public void Every_English_command_string_points_at_a_command_of_the_manifest()
    {
        var commandLists = package.Manifest["bots"]![0]!["commandLists"]!.AsArray();
        var strings = JsonNode.Parse(package.Entries["en-US.json"])!.AsObject();

        var commandKeys = strings.Select(p => p.Key).Where(k => k.StartsWith("bots[", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(commandKeys);
        foreach (var key in commandKeys)
        {
            var match = Regex.Match(key, @"^bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.(title|description)$");
            Assert.True(match.Success, $"'{key}' is not a bot command key of the localization schema.");
            var list = int.Parse(match.Groups[1].Value);
            var command = int.Parse(match.Groups[2].Value);
            Assert.True(list < commandLists.Count && command < commandLists[list]!["commands"]!.AsArray().Count,
                $"'{key}' names a command the manifest does not have.");
        }
    }

    [Fact]
    public void Icons_have_the_sizes_Teams_requires()
    {
        var color = PngImage.Read(package.Entries["color.png"]);
        var outline = PngImage.Read(package.Entries["outline.png"]);

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
    }

    [Fact]
    public void Outline_icon_is_white_on_transparent_and_color_icon_is_an_opaque_square()
    {
        var outline = PngImage.Read(package.Entries["outline.png"]).RgbaRows();
        var visible = 0;
        foreach (var row in outline)
            for (var x = 0; x < row.Length; x += 4)
            {
                if (row[x + 3] == 0) continue;
                visible++;
                Assert.True(row[x] == 255 && row[x + 1] == 255 && row[x + 2] == 255, "Every visible outline pixel must be white (255, 255, 255).");
            }
        Assert.InRange(visible, 32, 32 * 32 - 1);

        var color = PngImage.Read(package.Entries["color.png"]).RgbaRows();
        Assert.All(color, row => Assert.All(row.Where((_, i) => i % 4 == 3), alpha => Assert.Equal(255, alpha)));
    }

    [Fact]
    public void Inputs_are_filled_in_and_no_placeholder_is_left()
    {
        var manifest = package.Manifest;

        Assert.Equal(PackagedApp.Version, (string)manifest["version"]!);
        Assert.Equal([PackagedApp.BotDomain], Strings(manifest["validDomains"]));
        var developer = manifest["developer"]!;
        Assert.Equal($"https://{PackagedApp.BotDomain}/", (string)developer["websiteUrl"]!);
        Assert.Equal($"https://{PackagedApp.BotDomain}/privacy", (string)developer["privacyUrl"]!);
        Assert.Equal($"https://{PackagedApp.BotDomain}/terms", (string)developer["termsOfUseUrl"]!);
        foreach (var file in (string[])["manifest.json", "en-US.json"])
            Assert.DoesNotContain("${{", Encoding.UTF8.GetString(package.Entries[file]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task App_id_is_taken_from_the_MicrosoftAppId_environment_variable_when_no_option_is_given()
    {
        var output = Path.Combine(Path.GetTempPath(), $"thiduabot-env-{Guid.NewGuid():N}.zip");
        const string fromEnvironment = "0b9d4e0c-1a2b-4c3d-8e9f-a0b1c2d3e4f5";
        try
        {
            var result = await Packager.RunAsync(
                ["--output", output],
                new Dictionary<string, string> { ["MicrosoftAppId"] = fromEnvironment, ["BotDomain"] = PackagedApp.BotDomain });

            Assert.True(result.ExitCode == 0, result.ToString());
            using var zip = System.IO.Compression.ZipFile.OpenRead(output);
            using var stream = zip.GetEntry("manifest.json")!.Open();
            Assert.Equal(fromEnvironment, (string)JsonNode.Parse(stream)!["id"]!);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task Missing_app_id_is_refused_with_a_message_and_no_package()
    {
        var output = Path.Combine(Path.GetTempPath(), $"thiduabot-missing-{Guid.NewGuid():N}.zip");

        var result = await Packager.RunAsync(["--bot-domain", PackagedApp.BotDomain, "--output", output]);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains("MicrosoftAppId", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("--app-id", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("6f1c3a52-8d0e-4b7a-9c21-5e4d3b2a1f0")]
    [InlineData("{6f1c3a52-8d0e-4b7a-9c21-5e4d3b2a1f09}")]
    public async Task App_id_that_is_not_a_GUID_is_refused_with_a_message(string appId)
    {
        var output = Path.Combine(Path.GetTempPath(), $"thiduabot-bad-{Guid.NewGuid():N}.zip");

        var result = await Packager.RunAsync(["--app-id", appId, "--bot-domain", PackagedApp.BotDomain, "--output", output]);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains($"'{appId}' is not a GUID", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Developer_urls_are_required_when_no_bot_domain_gives_them()
    {
        var result = await Packager.RunAsync(["--app-id", PackagedApp.AppId, "--output", Path.Combine(Path.GetTempPath(), "never.zip")]);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains("--privacy-url", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("--bot-domain", result.StandardError, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Strings(JsonNode? array) => array!.AsArray().Select(n => (string)n!);
}
