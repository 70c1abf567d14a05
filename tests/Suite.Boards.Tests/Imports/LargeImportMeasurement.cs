using System.Diagnostics;
using System.Net;
using Suite.Testing;

namespace Suite.Boards.Tests.Imports;

/// <summary>
/// A measurement, not a test: imports a generated archive of 10,000 cards (40,000 blocks) as an async job and
/// reports the time, the polls that saw progress and the process's peak working set. Run it on its own:
/// <c>dotnet test --filter FullyQualifiedName~LargeImportMeasurement</c>.
/// </summary>
[Explicit("A measurement; it reports figures and asserts only that the import finished.")]
public sealed class LargeImportMeasurement : ImportFixture
{
    [Test]
    public async Task ImportTenThousandCards()
    {
        const int Cards = 10_000;
        var lines = new List<object> { FocalboardArchive.Board() };
        for (var i = 0; i < Cards; i++)
        {
            lines.Add(FocalboardArchive.Block($"c{i}", FocalboardArchive.BoardId, "card", $"Card {i}", new { properties = new { status = "todo", estimate = "3" }, contentOrder = new[] { $"t{i}", $"k{i}", $"m{i}" } }, 1690000000000 + i));
            lines.Add(FocalboardArchive.Block($"t{i}", $"c{i}", "text", $"Some text for card {i} that is a little longer than a title", new { }, 1690000000000 + i));
            lines.Add(FocalboardArchive.Block($"k{i}", $"c{i}", "checkbox", $"Item {i}", new { value = i % 2 == 0 }, 1690000000000 + i));
            lines.Add(FocalboardArchive.Block($"m{i}", $"c{i}", "comment", $"Comment {i}", new { }, 1690000000000 + i));
        }

        var archive = Zip([("version.json", FocalboardArchive.Version(2)), ($"{FocalboardArchive.BoardId}/board.jsonl", Jsonl(lines))]);
        lines.Clear();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakBefore = process.PeakWorkingSet64;
        var workingBefore = process.WorkingSet64;

        var clock = Stopwatch.StartNew();
        using var response = await UploadAsync(Owner.Client, $"/teams/{TeamId}/archive/import?async=true", archive);
        var job = await response.ReadJsonAsync(HttpStatusCode.Accepted);
        var progressSeen = new List<string>();
        while (job.GetProperty("state").GetString() == "running")
        {
            await Task.Delay(200);
            job = await CallAsync(Owner.Client, HttpMethod.Get, $"/teams/{TeamId}/archive/import/{job.GetProperty("id").GetString()}");
            progressSeen.Add($"{job.GetProperty("processed").GetInt64()}/{job.GetProperty("total").GetInt64()}");
        }

        clock.Stop();
        process.Refresh();
        Assert.That(job.GetProperty("state").GetString(), Is.EqualTo("done"), job.ToString());
        await TestContext.Out.WriteLineAsync($"archive {archive.Length / 1024} KB zipped; imported {job.GetProperty("summary").GetProperty("imported")} in {clock.Elapsed.TotalSeconds:F1} s");
        await TestContext.Out.WriteLineAsync($"working set before {workingBefore / 1048576} MB, peak before {peakBefore / 1048576} MB, peak after {process.PeakWorkingSet64 / 1048576} MB (test and server share the process)");
        await TestContext.Out.WriteLineAsync($"progress seen: {string.Join(" ", progressSeen.Distinct().Take(30))}");
    }
}
