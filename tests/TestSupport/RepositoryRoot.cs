namespace ThiDuaBot.TestSupport;

/// <summary>The repository's root folder (the one holding ThiDuaBot.sln), found from the test's output folder.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ThiDuaBot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Could not find ThiDuaBot.sln above the test output folder.");
    });

    public static string Value => Root.Value;

    public static string Combine(params string[] parts) => Path.Combine([Root.Value, .. parts]);

    /// <summary>A tool from the repository's npm packages; tells the reader what to run when it is missing.</summary>
    public static string NodeTool(string relativePath)
    {
        var path = Combine(relativePath.Split('/'));
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"{relativePath} is missing. Install the project's npm tools first: run the README's test command (scripts/test.sh), or 'npm ci' in the repository root.");
        }
        return path;
    }
}
