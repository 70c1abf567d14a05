using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

public sealed partial class WebAppTests
{
    // A 1x1 PNG: small enough to inline here, real enough for the browser to decode.
    private static readonly byte[] Pixel = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Test, Order(11)]
    public async Task UploadByPicker_AnImage_ShowsInlineForBothUsers()
    {
        await _admin.GotoAsync("web-team/channels/town-square");
        await _admin.Locator("#composer-files").SetInputFilesAsync(new FilePayload { Name = "pixel.png", MimeType = "image/png", Buffer = Pixel });
        await Expect(_admin.GetByRole(AriaRole.List, new() { Name = "Files to send" })).ToContainTextAsync("pixel.png");

        await SendAsync(_admin, "The new logo");

        foreach (var page in new[] { _admin, _bob })
        {
            var image = page.Locator("#message-list .message", new() { HasText = "The new logo" }).GetByRole(AriaRole.Img, new() { Name = "pixel.png" });
            await Expect(image).ToBeVisibleAsync();
            await Expect(image).ToHaveJSPropertyAsync("naturalWidth", 1);
        }
    }

    [Test, Order(12)]
    public async Task UploadByDragAndDrop_AFile_IsADownloadLinkOnlyMembersCanRead()
    {
        var dropped = await _admin.EvaluateHandleAsync(
            "() => { const dt = new DataTransfer(); dt.items.add(new File(['deploy at noon'], 'notes.txt', { type: 'text/plain' })); return dt; }");
        await _admin.Locator(".channel-view").DispatchEventAsync("drop", new Dictionary<string, object> { ["dataTransfer"] = dropped });
        await Expect(_admin.GetByRole(AriaRole.List, new() { Name = "Files to send" })).ToContainTextAsync("notes.txt");
        await _admin.Locator("#composer").PressAsync("Enter");

        var link = _bob.Locator("#message-list .message").Last.Locator("a.file-link");
        await Expect(link).ToContainTextAsync("notes.txt");
        var href = await link.GetAttributeAsync("href") ?? "";
        var download = await _bob.APIRequest.GetAsync(href);
        Assert.That(await download.TextAsync(), Is.EqualTo("deploy at noon"));

        using var stranger = _host.Server.CreateClient();
        using var anonymous = await stranger.GetAsync(new Uri(href, UriKind.Relative));
        Assert.That((int)anonymous.StatusCode, Is.EqualTo(401));
    }

    [Test, Order(13)]
    public async Task Upload_OnASlowLink_ShowsProgressUntilTheFileIsReady()
    {
        var network = await _admin.Context.NewCDPSessionAsync(_admin);
        await network.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = 0, ["downloadThroughput"] = -1, ["uploadThroughput"] = 64 * 1024,
        });
        try
        {
            await _admin.Locator("#composer-files").SetInputFilesAsync(
                new FilePayload { Name = "slow.bin", MimeType = "application/octet-stream", Buffer = new byte[192 * 1024] });

            await Expect(_admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "Uploading slow.bin" })).ToBeVisibleAsync();
            await Expect(_admin.GetByRole(AriaRole.Progressbar, new() { Name = "Upload progress" })).ToBeVisibleAsync();
            await Expect(_admin.GetByRole(AriaRole.Button, new() { Name = "Send" })).ToBeDisabledAsync();
            await Expect(_admin.GetByRole(AriaRole.List, new() { Name = "Files to send" })).ToContainTextAsync("slow.bin", new() { Timeout = 15_000 });
            await Expect(_admin.GetByRole(AriaRole.Progressbar, new() { Name = "Upload progress" })).ToHaveCountAsync(0);
        }
        finally
        {
            await network.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
            {
                ["offline"] = false, ["latency"] = 0, ["downloadThroughput"] = -1, ["uploadThroughput"] = -1,
            });
            await network.DetachAsync();
        }

        await _admin.GetByRole(AriaRole.Button, new() { Name = "Remove slow.bin" }).ClickAsync();
        await Expect(_admin.GetByRole(AriaRole.List, new() { Name = "Files to send" })).ToHaveCountAsync(0);
    }

    // The composer's file input is on the page a round trip before its change listener: files
    // picked in between must still be uploaded once the listener is attached.
    [Test, Order(14)]
    public async Task FilesPickedBeforeThePickerIsWired_AreUploadedWhenItIs()
    {
        var (_, channelId) = await AdminAndTownSquareAsync();

        var uploaded = await _admin.EvaluateAsync<string[]>(
            """
            (channelId) => new Promise((resolve) => {
              const input = document.createElement("input");
              input.type = "file";
              input.dataset.channelId = channelId;
              const picked = new DataTransfer();
              picked.items.add(new File(["picked early"], "early.txt", { type: "text/plain" }));
              input.files = picked.files;
              const handler = {
                invokeMethodAsync(method, value) {
                  if (method === "OnUploaded") resolve(value.map((f) => f.name));
                  if (method === "OnUploadFailed") resolve(["failed: " + value]);
                  return Promise.resolve();
                },
              };
              window.suite.attachUploads(input, handler);
              setTimeout(() => resolve([]), 10000);
            })
            """,
            channelId);

        Assert.That(uploaded, Is.EqualTo(new[] { "early.txt" }));
    }

    [Test, Order(14)]
    public async Task Upload_ATooLargeFile_ShowsTheServersReasonAndAttachesNothing()
    {
        await _admin.Locator("#composer-files").SetInputFilesAsync(
            new FilePayload { Name = "huge.bin", MimeType = "application/octet-stream", Buffer = new byte[WebTestHost.MaxFileSizeBytes + 1000] });

        await Expect(_admin.Locator(".composer").GetByRole(AriaRole.Alert)).ToContainTextAsync("Unable to upload file huge.bin");
        await Expect(_admin.GetByRole(AriaRole.List, new() { Name = "Files to send" })).ToHaveCountAsync(0);
    }
}
