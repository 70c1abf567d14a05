using System.Net;
using Suite.Testing;

namespace Suite.Boards.Tests;

public sealed class BlockBatchTests : BoardsFixture
{
    [TestCase("viewer", HttpStatusCode.Forbidden)]
    [TestCase("commenter", HttpStatusCode.Forbidden)]
    [TestCase("editor", HttpStatusCode.OK)]
    [TestCase("admin", HttpStatusCode.OK)]
    public async Task PatchBlocks_ChangesSeveralBlocks_ForEditors(string role, HttpStatusCode expected)
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client));
        var first = (await CreateCardAsync(creator.Client, boardId, "One")).GetProperty("id").GetString();
        var second = (await CreateCardAsync(creator.Client, boardId, "Two")).GetProperty("id").GetString();
        using var user = await TeamMemberAsync();
        await AddMemberAsync(creator.Client, boardId, user.Id, role);
        var batch = new
        {
            block_ids = new[] { first, second },
            block_patches = new object[] { new { title = "Uno" }, new { updatedFields = new { icon = "🔥" } } },
        };

        using var response = await SendAsync(user.Client, HttpMethod.Patch, $"/boards/{boardId}/blocks", batch);

        if (expected == HttpStatusCode.OK)
        {
            Assert.That((await response.ReadJsonAsync(expected)).ToString(), Is.EqualTo("{}"));
        }
        else
        {
            Assert.That(await ReadErrorAsync(response, expected), Is.EqualTo("access denied to make board changes"));
        }

        Assert.That((await CallAsync(creator.Client, HttpMethod.Get, $"/cards/{first}")).GetProperty("title").GetString(), Is.EqualTo(expected == HttpStatusCode.OK ? "Uno" : "One"));
        Assert.That((await CallAsync(creator.Client, HttpMethod.Get, $"/cards/{second}")).GetProperty("icon").GetString(), Is.EqualTo(expected == HttpStatusCode.OK ? "🔥" : ""));
    }

    [Test]
    public async Task PatchBlocks_WithOneBadPatch_ChangesNone()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        var first = (await CreateCardAsync(Owner.Client, boardId, "One")).GetProperty("id").GetString();
        var second = (await CreateCardAsync(Owner.Client, boardId, "Two")).GetProperty("id").GetString();
        var otherBoard = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        var elsewhere = (await CreateCardAsync(Owner.Client, otherBoard, "Elsewhere")).GetProperty("id").GetString();

        await ErrorAsync(Owner.Client, HttpMethod.Patch, $"/boards/{boardId}/blocks", new
        {
            block_ids = new[] { first, second },
            block_patches = new object[] { new { title = "Changed" }, new { updatedFields = new { properties = new Dictionary<string, object> { [Props.Status] = "nope" } } } },
        }, HttpStatusCode.BadRequest);
        await ErrorAsync(Owner.Client, HttpMethod.Patch, $"/boards/{boardId}/blocks", new { block_ids = new[] { first, elsewhere }, block_patches = new object[] { new { title = "A" }, new { title = "B" } } }, HttpStatusCode.NotFound);
        await ErrorAsync(Owner.Client, HttpMethod.Patch, $"/boards/{boardId}/blocks", new { block_ids = new[] { first }, block_patches = Array.Empty<object>() }, HttpStatusCode.BadRequest);

        Assert.That((await CallAsync(Owner.Client, HttpMethod.Get, $"/cards/{first}")).GetProperty("title").GetString(), Is.EqualTo("One"));
        Assert.That((await CallAsync(Owner.Client, HttpMethod.Get, $"/cards/{elsewhere}")).GetProperty("title").GetString(), Is.EqualTo("Elsewhere"));
    }

    [Test]
    public async Task ConcurrentPatchesOfOneCard_FromSeveralEditors_LoseNoProperty()
    {
        const int Patches = 20;
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        await CallAsync(Owner.Client, HttpMethod.Patch, $"/boards/{boardId}", new
        {
            updatedCardProperties = Enumerable.Range(0, Patches).Select(i => new { id = $"p{i}", name = $"P{i}", type = "text" }).ToArray(),
        });
        var cardId = (await CreateCardAsync(Owner.Client, boardId)).GetProperty("id").GetString();
        var editors = new List<SignedInUser>();
        for (var i = 0; i < 4; i++)
        {
            var editor = await TeamMemberAsync();
            await AddMemberAsync(Owner.Client, boardId, editor.Id, "editor");
            editors.Add(editor);
        }

        try
        {
            // Card patches (per property) and batch block patches of other fields race on the same card.
            var statuses = await Task.WhenAll(Enumerable.Range(0, Patches).Select(async i =>
            {
                var client = editors[i % editors.Count].Client;
                using var response = i % 5 == 4
                    ? await SendAsync(client, HttpMethod.Patch, $"/boards/{boardId}/blocks", new { block_ids = new[] { cardId }, block_patches = new[] { new { title = $"title {i}" } } })
                    : await SendAsync(client, HttpMethod.Patch, $"/cards/{cardId}", new { updatedProperties = new Dictionary<string, object> { [$"p{i}"] = $"v{i}" } });
                return response.StatusCode;
            }));

            Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
            var properties = (await CallAsync(Owner.Client, HttpMethod.Get, $"/cards/{cardId}")).GetProperty("properties");
            var expected = Enumerable.Range(0, Patches).Where(i => i % 5 != 4);
            Assert.That(expected.Select(i => properties.GetProperty($"p{i}").GetString()), Is.EqualTo(expected.Select(i => $"v{i}")));
        }
        finally
        {
            editors.ForEach(e => e.Dispose());
        }
    }

    [TestCase("viewer", HttpStatusCode.Forbidden)]
    [TestCase("editor", HttpStatusCode.OK)]
    public async Task UndeleteBlock_BringsBackACardWithTheContentDeletedWithIt_ForEditors(string role, HttpStatusCode expected)
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client));
        var cardId = (await CreateCardAsync(creator.Client, boardId, "Oops")).GetProperty("id").GetString()!;
        var earlier = (await CallAsync(creator.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { NewBlock(boardId, "text", cardId, "Deleted before") }))[0].GetProperty("id").GetString();
        await CallAsync(creator.Client, HttpMethod.Delete, $"/boards/{boardId}/blocks/{earlier}");
        await CallAsync(creator.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { NewBlock(boardId, "text", cardId, "Kept"), NewBlock(boardId, "comment", cardId, "Note") });
        await CallAsync(creator.Client, HttpMethod.Delete, $"/boards/{boardId}/blocks/{cardId}");
        using var user = await TeamMemberAsync();
        await AddMemberAsync(creator.Client, boardId, user.Id, role);

        using var response = await SendAsync(user.Client, HttpMethod.Post, $"/boards/{boardId}/blocks/{cardId}/undelete");

        if (expected != HttpStatusCode.OK)
        {
            await ReadErrorAsync(response, expected);
            await ErrorAsync(creator.Client, HttpMethod.Get, $"/cards/{cardId}", null, HttpStatusCode.NotFound);
            return;
        }

        var restored = await response.ReadJsonAsync(expected);
        Assert.That(restored.GetProperty("deleteAt").GetInt64(), Is.Zero);
        var content = await BlocksAsync(creator.Client, boardId, $"?parent_id={cardId}");
        Assert.That(content.EnumerateArray().Select(b => b.GetProperty("title").GetString()), Is.EquivalentTo(new[] { "Kept", "Note" }));
        await ErrorAsync(user.Client, HttpMethod.Post, $"/boards/{boardId}/blocks/nosuchblock/undelete", null, HttpStatusCode.NotFound);
    }
}
