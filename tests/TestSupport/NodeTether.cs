namespace ThiDuaBot.TestSupport;

/// <summary>
/// Runs a Node program tethered to the test process: <c>node -e Script -- program.js args…</c> loads the program in
/// the same node process and exits when stdin closes. The test process holds the other end of stdin (start with
/// <c>RedirectStandardInput</c>), so the program dies with the test host even when that is killed outright.
/// </summary>
public static class NodeTether
{
    public const string Script =
        "process.stdin.on('end', () => process.exit(0)).on('error', () => process.exit(0)).resume(); require(process.argv[1]);";
}
