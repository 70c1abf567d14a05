using Suite.LoadBench;

// Two modes: "baseline --urls U --connection C --suite-connection S" serves the baseline endpoints
// (a child process of the run); anything else is the run itself (see BenchOptions for its arguments).
if (args is ["baseline", "--urls", var urls, "--connection", var connection, "--suite-connection", var suiteConnection])
{
    return await BaselineServer.RunAsync(urls, connection, suiteConnection);
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 2;
}

return await BenchRun.RunAsync(options);
