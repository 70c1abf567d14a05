using System.Net;

namespace Suite.Boards.Tests;

/// <summary>Focalboard's CSRF rule and error shape on every route, whatever the method and whoever asks.</summary>
public sealed class CsrfTests : BoardsFixture
{
    private const string Team = "tttttttttttttttttttttttttt";
    private const string Board = "bbbbbbbbbbbbbbbbbbbbbbbbbbb";

    [TestCase("GET", "/teams/{team}/boards")]
    [TestCase("POST", "/boards")]
    [TestCase("GET", "/boards/{board}")]
    [TestCase("PATCH", "/boards/{board}")]
    [TestCase("DELETE", "/boards/{board}")]
    [TestCase("POST", "/boards/{board}/undelete")]
    [TestCase("POST", "/boards/{board}/duplicate")]
    [TestCase("GET", "/boards/{board}/blocks")]
    [TestCase("POST", "/boards/{board}/blocks")]
    [TestCase("PATCH", "/boards/{board}/blocks")]
    [TestCase("PATCH", "/boards/{board}/blocks/x")]
    [TestCase("DELETE", "/boards/{board}/blocks/x")]
    [TestCase("POST", "/boards/{board}/blocks/x/undelete")]
    [TestCase("POST", "/boards/{board}/blocks/x/duplicate")]
    [TestCase("POST", "/boards/{board}/cards")]
    [TestCase("GET", "/boards/{board}/cards")]
    [TestCase("GET", "/cards/x")]
    [TestCase("PATCH", "/cards/x")]
    [TestCase("POST", "/boards-and-blocks")]
    [TestCase("PATCH", "/boards-and-blocks")]
    [TestCase("DELETE", "/boards-and-blocks")]
    [TestCase("GET", "/boards/{board}/members")]
    [TestCase("POST", "/boards/{board}/members")]
    [TestCase("PUT", "/boards/{board}/members/u")]
    [TestCase("DELETE", "/boards/{board}/members/u")]
    [TestCase("POST", "/boards/{board}/join")]
    [TestCase("POST", "/boards/{board}/leave")]
    [TestCase("GET", "/teams/0/templates")]
    [TestCase("GET", "/teams/{team}/templates")]
    [TestCase("GET", "/teams/{team}/boards/search")]
    [TestCase("GET", "/teams/{team}/boards/search/linkable")]
    [TestCase("GET", "/boards/search")]
    [TestCase("GET", "/teams/{team}/cards/search")]
    [TestCase("GET", "/teams/{team}/channels")]
    [TestCase("GET", "/teams/{team}/categories")]
    [TestCase("POST", "/teams/{team}/categories")]
    [TestCase("PUT", "/teams/{team}/categories/reorder")]
    [TestCase("PUT", "/teams/{team}/categories/c")]
    [TestCase("DELETE", "/teams/{team}/categories/c")]
    [TestCase("PUT", "/teams/{team}/categories/c/boards/reorder")]
    [TestCase("POST", "/teams/{team}/categories/c/boards/{board}")]
    [TestCase("PUT", "/teams/{team}/categories/c/boards/{board}/hide")]
    [TestCase("PUT", "/teams/{team}/categories/c/boards/{board}/unhide")]
    [TestCase("GET", "/boards/{board}/sharing")]
    [TestCase("POST", "/boards/{board}/sharing")]
    [TestCase("POST", "/teams/{team}/{board}/files")]
    [TestCase("GET", "/files/teams/{team}/{board}/f.png")]
    [TestCase("GET", "/files/teams/{team}/{board}/f.png/info")]
    public async Task ARequestWithoutXRequestedWith_IsRefusedWithFocalboardsErrorShape(string method, string path)
    {
        var target = path.Replace("{team}", Team, StringComparison.Ordinal).Replace("{board}", Board, StringComparison.Ordinal);

        using var response = await SendAsync(Owner.Client, new HttpMethod(method), target, method is "GET" or "DELETE" ? null : "{}", xmlHttpRequest: false);

        Assert.That(await ReadErrorAsync(response, HttpStatusCode.BadRequest), Is.EqualTo("checkCSRFToken FAILED"));
    }

    [TestCase("GET", "/teams/{team}/categories", HttpStatusCode.Forbidden)]
    [TestCase("GET", "/boards/{board}/sharing", HttpStatusCode.NotFound)]
    [TestCase("PATCH", "/boards/{board}/blocks", HttpStatusCode.BadRequest)]
    [TestCase("GET", "/teams/{team}/nothing-here", HttpStatusCode.NotFound)]
    public async Task Failures_AnswerFocalboardsErrorShape(string method, string path, HttpStatusCode expected)
    {
        var target = path.Replace("{team}", Team, StringComparison.Ordinal).Replace("{board}", Board, StringComparison.Ordinal);

        using var response = await SendAsync(Owner.Client, new HttpMethod(method), target, method == "GET" ? null : "[1]");

        await ReadErrorAsync(response, expected);
    }
}
