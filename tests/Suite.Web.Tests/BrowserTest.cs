using Microsoft.Playwright;
using NUnit.Framework.Interfaces;

namespace Suite.Web.Tests;

/// <summary>What every browser fixture shares: when a test fails, each open page's screen is saved and attached to the result.</summary>
public abstract class BrowserTest
{
    /// <summary>The fixture's open pages, by the name of the person using each.</summary>
    protected abstract IEnumerable<(string Name, IPage? Page)> Screens { get; }

    [TearDown]
    public async Task ScreenshotOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status != TestStatus.Failed)
        {
            return;
        }

        foreach (var (name, page) in Screens)
        {
            if (page is null || page.IsClosed)
            {
                continue;
            }

            var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"{TestContext.CurrentContext.Test.Name}-{name}.png");
            try
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
                TestContext.AddTestAttachment(path, $"{name}'s screen when the test failed");
            }
            catch (PlaywrightException)
            {
                // The page is gone; there is nothing to capture.
            }
        }
    }
}
