using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Boards.Tests.Imports;

/// <summary>Uploads and downloads of the import and export routes, and archives made by hand as Focalboard writes them.</summary>
public abstract class ImportFixture : BoardsFixture
{
    /// <summary>Posts <paramref name="content"/> as the multipart field <c>file</c>, as Focalboard's web app does.</summary>
    protected static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string path, byte[] content, string fileName = "import.boardarchive", string field = "file")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Root + path);
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, field, fileName);
        request.Content = form;
        return await client.SendAsync(request);
    }

    /// <summary>Imports into the team (200 expected) and answers the finished job.</summary>
    protected async Task<JsonElement> ImportAsync(HttpClient client, byte[] content, string fileName = "import.boardarchive")
    {
        using var response = await UploadAsync(client, $"/teams/{TeamId}/archive/import", content, fileName);
        var job = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(job.GetProperty("state").GetString(), Is.EqualTo("done"), job.ToString());
        return job;
    }

    protected static string ImportedBoardId(JsonElement job) => job.GetProperty("summary").GetProperty("boards")[0].GetProperty("id").GetString()!;

    protected static async Task<byte[]> DownloadAsync(HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await SendAsync(client, HttpMethod.Get, path);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), () => Encoding.UTF8.GetString(bytes));
        return bytes;
    }

    /// <summary>The entries of a ZIP by name.</summary>
    protected static Dictionary<string, byte[]> Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    protected static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    protected static byte[] Jsonl(IEnumerable<object> lines) =>
        Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => (l is string raw ? raw : JsonSerializer.Serialize(l)) + "\n")));

    /// <summary>The JSONL lines of a board file, parsed.</summary>
    protected static List<JsonElement> Lines(byte[] jsonl) =>
        Encoding.UTF8.GetString(jsonl).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    /// <summary>The same JSON, whatever the order of object keys (PostgreSQL's jsonb keeps its own order).</summary>
    protected static bool SameJson(JsonElement actual, string expected) =>
        System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(actual.GetRawText()), System.Text.Json.Nodes.JsonNode.Parse(expected));

    protected async Task<int> BoardCountAsync(HttpClient client) =>
        (await CallAsync(client, HttpMethod.Get, $"/teams/{TeamId}/boards")).GetArrayLength();
}
