using System.Net;
using System.Text.Json;
using SkiaSharp;
using Suite.Testing;

namespace Suite.Platform.Tests.Teams;

/// <summary>Team icons (<c>GET/POST/DELETE /teams/{id}/image</c>): set and removed by team admins, seen by those who see the team.</summary>
public sealed class TeamIconTests : TeamFixture
{
    private string IconPath => $"/api/v4/teams/{TeamId}/image";

    private static MultipartFormDataContent ImageForm(byte[] bytes) => new() { { new ByteArrayContent(bytes), "image", "icon.png" } };

    private static byte[] Image(int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(SKColors.DarkOrange);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    private async Task<JsonElement> TeamAsync() => await Owner.Client.SendAsync(HttpMethod.Get, $"/api/v4/teams/{TeamId}", null, HttpStatusCode.OK);

    [Test]
    public async Task SettingAnIcon_StoresA128PixelPngTellsTheMembersAndRemovingItAnswers404Again()
    {
        using var member = await TeamMemberAsync();
        await using var memberEvents = await EventClient.ConnectAsync(Server.BaseAddress, member.Token);
        using (var none = await member.Client.GetAsync(IconPath))
        {
            await none.ReadErrorAsync(HttpStatusCode.NotFound);
        }

        using (var upload = await Owner.Client.PostAsync(IconPath, ImageForm(Image(300, 200))))
        {
            await upload.ReadJsonAsync(HttpStatusCode.OK);
        }

        using (var icon = await member.Client.GetAsync(IconPath))
        {
            Assert.That(icon.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(icon.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
            using var codec = SKCodec.Create(new MemoryStream(await icon.Content.ReadAsByteArrayAsync()));
            Assert.That((codec.Info.Width, codec.Info.Height, codec.EncodedFormat), Is.EqualTo((128, 128, SKEncodedImageFormat.Png)));
        }

        Assert.That((await TeamAsync()).GetProperty("last_team_icon_update").GetInt64(), Is.GreaterThan(0));
        var updated = await memberEvents.NextAsync("update_team");
        Assert.That(JsonDocument.Parse(updated.GetProperty("data").GetProperty("team").GetString()!).RootElement.GetProperty("last_team_icon_update").GetInt64(), Is.GreaterThan(0));

        await Owner.Client.SendAsync(HttpMethod.Delete, IconPath, null, HttpStatusCode.OK);
        Assert.That((await TeamAsync()).TryGetProperty("last_team_icon_update", out _), Is.False);
        using var removed = await member.Client.GetAsync(IconPath);
        await removed.ReadErrorAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task SettingOrRemovingAnIconAsAPlainMemberAndSeeingAnInviteOnlyTeamsIconAsAnOutsider_AnswerForbidden()
    {
        using var member = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();
        var closed = await SuiteApi.CreateTeamAsync(Owner.Client, type: "I");

        using (var upload = await member.Client.PostAsync(IconPath, ImageForm(Image(64, 64))))
        {
            await upload.ReadErrorAsync(HttpStatusCode.Forbidden);
        }

        await member.Client.SendAsync(HttpMethod.Delete, IconPath, null, HttpStatusCode.Forbidden);
        using (var hidden = await outsider.Client.GetAsync($"/api/v4/teams/{closed.Id()}/image"))
        {
            await hidden.ReadErrorAsync(HttpStatusCode.Forbidden);
        }

        Assert.That((await TeamAsync()).TryGetProperty("last_team_icon_update", out _), Is.False);
    }

    [Test]
    public async Task UploadsThatAreNoImageOrHaveNoFile_AnswerBadRequestAndChangeNothing()
    {
        using (var notAnImage = await Owner.Client.PostAsync(IconPath, ImageForm("plain text"u8.ToArray())))
        {
            await notAnImage.ReadErrorAsync(HttpStatusCode.BadRequest, "api.team.set_team_icon.decode.app_error");
        }

        using (var noFile = await Owner.Client.PostAsync(IconPath, new MultipartFormDataContent { { new StringContent("x"), "other" } }))
        {
            await noFile.ReadErrorAsync(HttpStatusCode.BadRequest, "api.team.set_team_icon.no_file.app_error");
        }

        using (var notMultipart = await Owner.Client.PostAsync(IconPath, SuiteApi.Json(new { image = "x" })))
        {
            await notMultipart.ReadErrorAsync(HttpStatusCode.BadRequest, "api.team.set_team_icon.parse.app_error");
        }

        await Owner.Client.SendAsync(HttpMethod.Delete, IconPath, null, HttpStatusCode.OK);
        using (var badId = await Owner.Client.GetAsync("/api/v4/teams/not-a-team/image"))
        {
            await badId.ReadErrorAsync(HttpStatusCode.BadRequest);
        }

        Assert.That((await TeamAsync()).TryGetProperty("last_team_icon_update", out _), Is.False);
    }
}
