using System.Net;
using Suite.Licensing.Signing;
using Suite.Testing;
using Suite.Testing.Licensing;

namespace Suite.Boards.Tests;

/// <summary><c>GET /boards/{id}/metadata</c>: Focalboard's board metadata, a Compliance (Enterprise) feature.</summary>
public sealed class BoardMetadataTests : BoardsFixture
{
    protected override IReadOnlyDictionary<string, string?> ServerSettings => TestKeys.ServerSettings();

    [Test, Order(1)]
    public async Task WithoutAnEnterpriseLicense_MetadataIsRefusedAsAGatedFeature()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));

        var error = await ErrorAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}/metadata", null, HttpStatusCode.Forbidden);

        Assert.That(error, Does.Contain("Compliance export requires the Enterprise edition"));
    }

    [Test, Order(2)]
    public async Task WithTheLicense_MetadataNamesTheCreatorAndTheFirstAndLastChangeOfItsBlocks_EvenAfterDeletion()
    {
        await LicenseAsync();
        using var editor = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, type: "P"));
        await AddMemberAsync(Owner.Client, boardId, editor.Id, "editor");
        var first = await CreateCardAsync(Owner.Client, boardId, "First");
        var last = await CreateCardAsync(editor.Client, boardId, "Last");

        var metadata = await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}/metadata");
        await CallAsync(Owner.Client, HttpMethod.Delete, $"/boards/{boardId}");
        var afterDeletion = await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}/metadata");

        Assert.That(metadata.GetProperty("boardId").GetString(), Is.EqualTo(boardId));
        Assert.That(metadata.GetProperty("createdBy").GetString(), Is.EqualTo(Owner.Id));
        Assert.That(metadata.GetProperty("lastModifiedBy").GetString(), Is.EqualTo(editor.Id));
        Assert.That(metadata.GetProperty("descendantFirstUpdateAt").GetInt64(), Is.EqualTo(first.GetProperty("updateAt").GetInt64()));
        Assert.That(metadata.GetProperty("descendantLastUpdateAt").GetInt64(), Is.EqualTo(last.GetProperty("updateAt").GetInt64()));
        Assert.That(afterDeletion.GetProperty("createdBy").GetString(), Is.EqualTo(Owner.Id));
    }

    [Test, Order(3)]
    public async Task APrivateBoardsMetadata_IsForItsMembers_AndAnOpenBoardsForItsTeam()
    {
        await LicenseAsync();
        var privateBoard = await BoardIdAsync(CreateBoardAsync(Owner.Client, type: "P"));
        var openBoard = await BoardIdAsync(CreateBoardAsync(Owner.Client, type: "O"));
        using var teamMember = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();

        Assert.That(await ErrorAsync(teamMember.Client, HttpMethod.Get, $"/boards/{privateBoard}/metadata", null, HttpStatusCode.Forbidden), Is.EqualTo("access denied to board"));
        await ErrorAsync(outsider.Client, HttpMethod.Get, $"/boards/{openBoard}/metadata", null, HttpStatusCode.Forbidden);
        await ErrorAsync(Owner.Client, HttpMethod.Get, "/boards/bnosuchboardxxxxxxxxxxxxxxx/metadata", null, HttpStatusCode.NotFound);
        Assert.That((await CallAsync(teamMember.Client, HttpMethod.Get, $"/boards/{openBoard}/metadata")).GetProperty("boardId").GetString(), Is.EqualTo(openBoard));
    }

    private async Task LicenseAsync()
    {
        using var response = await LicenseHttp.UploadAsync(Admin.Client, TestKeys.Trusted.Sign(TestLicenses.Create(sku: Skus.Enterprise)));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }
}
