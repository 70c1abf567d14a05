using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Suite.Testing;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

/// <summary>
/// The "done means", in one go and by mouse from the server's address: a new user signs up, writes a
/// playbook, starts a run, works it, finishes it, publishes the retrospective and downloads the report.
/// </summary>
public sealed partial class PlaybooksWebTests
{
    private IPage? _newcomerPage;

    [Test, Order(10)]
    public async Task NewUser_CreatesAPlaybookRunsItToThePublishedRetrospectiveAndDownloadsTheReport_ByMouseFromTheFrontPage()
    {
        var page = _newcomerPage = await _host.NewUserPageAsync();
        await page.GotoAsync("");
        await page.GetByRole(AriaRole.Link, new() { Name = "Create one" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync("erin@example.com");
        await page.GetByLabel("Username").FillAsync("erin");
        await page.GetByLabel("Password").FillAsync(SuiteApi.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.GetByLabel("Team name").FillAsync("Support");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create team" }).ClickAsync();
        await Expect(page.Locator(".channel-name")).ToHaveTextAsync("Town Square");

        // The playbook.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Playbooks" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Playbooks" }).GetByRole(AriaRole.Link, new() { Name = "Playbooks" }).ClickAsync();
        await page.GetByLabel("New playbook").FillAsync("Login failures");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create playbook" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Login failures", Level = 1 })).ToBeVisibleAsync();
        foreach (var task in new[] { "Check the identity provider", "Tell the customers" })
        {
            await page.GetByLabel("New task for Checklist").FillAsync(task);
            await page.GetByRole(AriaRole.Button, new() { Name = "Add task" }).ClickAsync();
            await Expect(page.Locator($".edit-item[data-item-title='{task}']")).ToBeVisibleAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save playbook" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved." })).ToBeVisibleAsync();

        // The run: started from the playbook's page, worked beside its channel.
        await page.GetByRole(AriaRole.Button, new() { Name = "Run playbook" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Run Login failures" });
        await dialog.GetByLabel("Run name").FillAsync("Nobody can sign in");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Start run" }).ClickAsync();
        await Expect(page.Locator(".channel-name")).ToHaveTextAsync("Nobody can sign in");
        var panel = page.GetByRole(AriaRole.Complementary, new() { Name = "Run" });
        await panel.GetByRole(AriaRole.Checkbox, new() { Name = "Check the identity provider" }).CheckAsync();
        await Expect(panel.Locator(".run-progress")).ToHaveTextAsync("1 of 2 tasks done");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Post update" }).ClickAsync();
        await panel.GetByLabel("Status update").FillAsync("The identity provider's certificate expired; renewing it");
        await panel.GetByRole(AriaRole.Form, new() { Name = "Post update" }).GetByRole(AriaRole.Button, new() { Name = "Post update" }).ClickAsync();
        await Expect(page.Locator("#message-list .message-body").Last).ToContainTextAsync("certificate expired");

        // To the retrospective, on the run's page.
        await panel.GetByRole(AriaRole.Link, new() { Name = "Nobody can sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/playbooks/runs/[a-z0-9]{26}$"));
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Tell the customers" }).CheckAsync();
        await Expect(page.Locator("[data-testid=run-progress]")).ToHaveTextAsync("2 of 2 done");
        await page.GetByRole(AriaRole.Button, new() { Name = "Finish run" }).ClickAsync();
        await Expect(page.Locator("[data-testid=run-status]")).ToHaveTextAsync("Finished");
        await page.GetByLabel("Report", new() { Exact = true }).FillAsync("Certificates now renew themselves.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish retrospective" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Published" })).ToBeVisibleAsync();

        var (fileName, report) = await DownloadAsync(page.GetByRole(AriaRole.Link, new() { Name = "Download report", Exact = true }));
        Assert.That(fileName, Does.EndWith("-report.md"));
        Assert.That(report, Does.Contain("Nobody can sign in"));
        Assert.That(report, Does.Contain("- [x] Check the identity provider").And.Contain("- [x] Tell the customers"));
        Assert.That(report, Does.Contain("The identity provider's certificate expired; renewing it"));
        Assert.That(report, Does.Contain("Certificates now renew themselves."));

        // And the finished run is one click away in the runs list.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Playbooks" }).GetByRole(AriaRole.Link, new() { Name = "Runs" }).ClickAsync();
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("Finished");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Nobody can sign in" })).ToBeVisibleAsync();
    }
}
