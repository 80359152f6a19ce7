using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Commands;

namespace ThiDuaBot.Bot.Tests.Manifest;

/// <summary>
/// The commands Teams suggests from the manifest are commands the bot knows: each title, Vietnamese and its English
/// translation, runs the same command, with nothing left over as arguments.
/// </summary>
public sealed class ManifestCommandTests : BotTestBase
{
    private static JsonNode Read(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Packager.ManifestDirectory, file)))!;

    [Fact]
    public void Every_suggested_command_in_both_languages_is_one_the_bot_runs()
    {
        var catalog = Service<CommandCatalog>();
        var english = Read("en-US.json").AsObject();
        var lists = Read("manifest.json")["bots"]![0]!["commandLists"]!.AsArray();
        var checkedTitles = 0;
        foreach (var (list, i) in lists.Select((l, i) => (l!, i)))
        {
            foreach (var (command, j) in list["commands"]!.AsArray().Select((c, j) => (c!, j)))
            {
                var vietnamese = (string)command["title"]!;
                var translated = (string?)english[$"bots[0].commandLists[{i}].commands[{j}].title"];
                Assert.False(string.IsNullOrWhiteSpace(translated), $"'{vietnamese}' has no English title in en-US.json");

                var byVietnamese = catalog.Match(vietnamese);
                var byEnglish = catalog.Match(translated!);

                Assert.True(byVietnamese is { Arguments: "" }, $"the bot does not run '{vietnamese}' as a command of its own");
                Assert.True(byEnglish is { Arguments: "" }, $"the bot does not run '{translated}' as a command of its own");
                Assert.Same(byVietnamese!.Value.Command, byEnglish!.Value.Command);
                checkedTitles++;
            }
        }
        Assert.True(checkedTitles >= 8, "the personal list suggests the people's commands, not only help");
    }
}
