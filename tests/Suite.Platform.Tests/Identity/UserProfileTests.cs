using System.Net;
using SkiaSharp;
using Suite.Testing;

namespace Suite.Platform.Tests.Identity;

/// <summary>Mattermost's user routes the apps call besides the profile itself: by email, profile pictures, sessions.</summary>
public sealed class UserProfileTests
{
    private SuiteTestServer _server = null!;
    private SuiteApi _api = null!;
    private SignedInUser _admin = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync();
        _api = new SuiteApi(_server);
        _admin = await _api.SignUpAndLoginAsync();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _admin.Dispose();
        await _server.DisposeAsync();
    }

    private static byte[] Image(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Png)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(SKColors.SteelBlue);
        using var image = surface.Snapshot();
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    private static MultipartFormDataContent ImageForm(byte[] bytes) => new() { { new ByteArrayContent(bytes), "image", "me.png" } };

    private static async Task<(byte[] Bytes, HttpResponseMessage Response)> GetImageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        return (await response.Content.ReadAsByteArrayAsync(), response);
    }

    private static (int Width, int Height, SKEncodedImageFormat Format) Decode(byte[] bytes)
    {
        using var codec = SKCodec.Create(new MemoryStream(bytes));
        return (codec.Info.Width, codec.Info.Height, codec.EncodedFormat);
    }

    [Test]
    public async Task UserByEmail_FindsTheUserWhateverTheCase_And404sForNobody()
    {
        using var user = await _api.SignUpAndLoginAsync();
        using var other = await _api.SignUpAndLoginAsync();

        using var found = await other.Client.GetAsync($"/api/v4/users/email/{user.User.Email.ToUpperInvariant()}");
        var body = await found.ReadJsonAsync(HttpStatusCode.OK);
        using var missing = await other.Client.GetAsync("/api/v4/users/email/nobody-here@example.com");
        using var invalid = await other.Client.GetAsync("/api/v4/users/email/not-an-email");
        using var anonymous = _api.Anonymous();
        using var unauthenticated = await anonymous.GetAsync($"/api/v4/users/email/{user.User.Email}");

        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("id").GetString(), Is.EqualTo(user.Id));
            Assert.That(body.GetProperty("notify_props").EnumerateObject(), Is.Empty, "another user sees only the profile fields");
        });
        await missing.ReadErrorAsync(HttpStatusCode.NotFound, "app.user.missing_account.const");
        await invalid.ReadErrorAsync(HttpStatusCode.BadRequest, "api.context.invalid_url_param.app_error");
        await unauthenticated.ReadErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ProfileImage_IsAGeneratedPngUntilOneIsUploaded_ThenTheUploadCroppedTo128_ThenTheDefaultAgain()
    {
        using var user = await _api.SignUpAndLoginAsync();
        using var other = await _api.SignUpAndLoginAsync();
        var path = $"/api/v4/users/{user.Id}/image";

        var (generated, first) = await GetImageAsync(other.Client, path);
        var (again, _) = await GetImageAsync(other.Client, path);
        var (defaultImage, _) = await GetImageAsync(other.Client, path + "/default");
        var (otherDefault, _) = await GetImageAsync(other.Client, $"/api/v4/users/{other.Id}/image/default");
        Assert.Multiple(() =>
        {
            Assert.That(first.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
            Assert.That(Decode(generated), Is.EqualTo((128, 128, SKEncodedImageFormat.Png)));
            Assert.That(again, Is.EqualTo(generated), "the same user always gets the same picture");
            Assert.That(defaultImage, Is.EqualTo(generated));
            Assert.That(otherDefault, Is.Not.EqualTo(generated));
        });

        using (var upload = await user.Client.PostAsync("/api/v4/users/me/image", ImageForm(Image(300, 200, SKEncodedImageFormat.Jpeg))))
        {
            Assert.That((await upload.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString(), Is.EqualTo("OK"));
        }

        var (uploaded, _) = await GetImageAsync(other.Client, path);
        var (stillDefault, _) = await GetImageAsync(other.Client, path + "/default");
        using var me = await user.Client.GetAsync("/api/v4/users/me");
        var pictureTime = (await me.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("last_picture_update").GetInt64();
        Assert.Multiple(() =>
        {
            Assert.That(uploaded, Is.Not.EqualTo(generated));
            Assert.That(Decode(uploaded), Is.EqualTo((128, 128, SKEncodedImageFormat.Png)));
            Assert.That(stillDefault, Is.EqualTo(generated));
            Assert.That(pictureTime, Is.GreaterThan(0));
        });

        using (var reset = await user.Client.DeleteAsync(path))
        {
            await reset.ReadJsonAsync(HttpStatusCode.OK);
        }

        var (afterReset, _) = await GetImageAsync(other.Client, path);
        using var meAfter = await user.Client.GetAsync("/api/v4/users/me");
        Assert.Multiple(async () =>
        {
            Assert.That(afterReset, Is.EqualTo(generated));
            Assert.That((await meAfter.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("last_picture_update").GetInt64(), Is.LessThan(0), "Mattermost marks a reset picture with minus the time");
        });
    }

    [Test]
    public async Task ProfileImageChanges_SendUserUpdated_TheWholeUserToItsOwnerAndOthersWithoutPrivateFields()
    {
        using var user = await _api.SignUpAndLoginAsync();
        using var other = await _api.SignUpAndLoginAsync();
        await using var ownEvents = await EventClient.ConnectAsync(_server.BaseAddress, user.Token);
        await using var otherEvents = await EventClient.ConnectAsync(_server.BaseAddress, other.Token);

        using (var upload = await user.Client.PostAsync("/api/v4/users/me/image", ImageForm(Image(64, 64))))
        {
            await upload.ReadJsonAsync(HttpStatusCode.OK);
        }

        var own = (await ownEvents.NextAsync("user_updated", d => d.GetProperty("user").GetProperty("id").GetString() == user.Id)).GetProperty("data").GetProperty("user");
        var seen = (await otherEvents.NextAsync("user_updated", d => d.GetProperty("user").GetProperty("id").GetString() == user.Id)).GetProperty("data").GetProperty("user");
        Assert.Multiple(() =>
        {
            Assert.That(own.GetProperty("last_picture_update").GetInt64(), Is.GreaterThan(0));
            Assert.That(own.GetProperty("notify_props").EnumerateObject().Any(), Is.True);
            Assert.That(seen.GetProperty("last_picture_update").GetInt64(), Is.EqualTo(own.GetProperty("last_picture_update").GetInt64()));
            Assert.That(seen.GetProperty("notify_props").EnumerateObject().Any(), Is.False);
            Assert.That(seen.GetProperty("last_password_update").GetInt64(), Is.Zero);
        });

        using (var reset = await user.Client.DeleteAsync("/api/v4/users/me/image"))
        {
            await reset.ReadJsonAsync(HttpStatusCode.OK);
        }

        var afterReset = await otherEvents.NextAsync("user_updated", d => d.GetProperty("user").GetProperty("last_picture_update").GetInt64() < 0);
        Assert.That(afterReset.GetProperty("data").GetProperty("user").GetProperty("id").GetString(), Is.EqualTo(user.Id));
    }

    [Test]
    public async Task ProfileImage_OfSomeoneElse_IsSetOnlyByASystemAdmin_AndBadUploadsChangeNothing()
    {
        using var user = await _api.SignUpAndLoginAsync();
        using var other = await _api.SignUpAndLoginAsync();
        var path = $"/api/v4/users/{user.Id}/image";
        var (before, _) = await GetImageAsync(user.Client, path);

        using (var forbidden = await other.Client.PostAsync(path, ImageForm(Image(64, 64))))
        {
            await forbidden.ReadErrorAsync(HttpStatusCode.Forbidden);
        }

        using (var forbiddenDelete = await other.Client.DeleteAsync(path))
        {
            await forbiddenDelete.ReadErrorAsync(HttpStatusCode.Forbidden);
        }

        using (var notAnImage = await user.Client.PostAsync(path, ImageForm("plain text"u8.ToArray())))
        {
            await notAnImage.ReadErrorAsync(HttpStatusCode.BadRequest, "api.user.upload_profile_user.decode.app_error");
        }

        using (var noFile = await user.Client.PostAsync(path, new MultipartFormDataContent { { new StringContent("x"), "other" } }))
        {
            await noFile.ReadErrorAsync(HttpStatusCode.BadRequest, "api.user.upload_profile_user.no_file.app_error");
        }

        using (var notMultipart = await user.Client.PostAsync(path, SuiteApi.Json(new { image = "x" })))
        {
            await notMultipart.ReadErrorAsync(HttpStatusCode.BadRequest, "api.user.upload_profile_user.parse.app_error");
        }

        var (unchanged, _) = await GetImageAsync(user.Client, path);
        Assert.That(unchanged, Is.EqualTo(before));

        using (var byAdmin = await _admin.Client.PostAsync(path, ImageForm(Image(64, 64))))
        {
            await byAdmin.ReadJsonAsync(HttpStatusCode.OK);
        }

        var (changed, _) = await GetImageAsync(user.Client, path);
        Assert.That(changed, Is.Not.EqualTo(before));
        using var nobody = await user.Client.GetAsync($"/api/v4/users/{Ids.New()}/image");
        await nobody.ReadErrorAsync(HttpStatusCode.NotFound);
        using var anonymous = _api.Anonymous();
        using var unauthenticated = await anonymous.GetAsync(path);
        await unauthenticated.ReadErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Sessions_AreListedWithoutTokens_ForTheUserAndAdmins_AndOneCanBeRevoked()
    {
        using var user = await _api.SignUpAndLoginAsync();
        var firstId = (await SessionIdsAsync(user.Client)).Single();
        using var secondDevice = _api.WithToken(await _api.LoginTokenAsync(user.User.Username, user.User.Password));
        var secondId = (await SessionIdsAsync(user.Client)).Single(id => id != firstId);
        using var other = await _api.SignUpAndLoginAsync();

        using var listed = await user.Client.GetAsync("/api/v4/users/me/sessions");
        var sessions = (await listed.ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        using var byAdmin = await _admin.Client.GetAsync($"/api/v4/users/{user.Id}/sessions");
        var adminSees = (await byAdmin.ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength();
        using var byOther = await other.Client.GetAsync($"/api/v4/users/{user.Id}/sessions");
        await byOther.ReadErrorAsync(HttpStatusCode.Forbidden);
        Assert.Multiple(() =>
        {
            Assert.That(sessions, Has.Count.EqualTo(2));
            Assert.That(sessions.All(s => s.GetProperty("user_id").GetString() == user.Id && s.GetProperty("token").GetString() == ""));
            Assert.That(sessions.All(s => s.GetProperty("expires_at").GetInt64() > s.GetProperty("create_at").GetInt64()));
            Assert.That(adminSees, Is.EqualTo(2));
        });

        using var secondMe = await secondDevice.GetAsync("/api/v4/users/me");
        await secondMe.ReadJsonAsync(HttpStatusCode.OK);
        var otherSession = (await SessionIdsAsync(other.Client)).Single();
        using (var notTheirs = await user.Client.PostAsync($"/api/v4/users/{user.Id}/sessions/revoke", SuiteApi.Json(new { session_id = otherSession })))
        {
            await notTheirs.ReadErrorAsync(HttpStatusCode.BadRequest);
        }

        using (var forbidden = await other.Client.PostAsync($"/api/v4/users/{user.Id}/sessions/revoke", SuiteApi.Json(new { session_id = firstId })))
        {
            await forbidden.ReadErrorAsync(HttpStatusCode.Forbidden);
        }

        using (var revoked = await user.Client.PostAsync("/api/v4/users/me/sessions/revoke", SuiteApi.Json(new { session_id = secondId })))
        {
            await revoked.ReadJsonAsync(HttpStatusCode.OK);
        }

        using var afterRevoke = await secondDevice.GetAsync("/api/v4/users/me");
        await afterRevoke.ReadErrorAsync(HttpStatusCode.Unauthorized);
        using var stillIn = await user.Client.GetAsync("/api/v4/users/me/sessions");
        Assert.That((await stillIn.ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Select(s => s.GetProperty("id").GetString()), Is.EqualTo(new[] { firstId }));
    }

    private static async Task<List<string>> SessionIdsAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v4/users/me/sessions");
        return (await response.ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
    }
}
