using Suite.Channels.Web;

namespace Suite.Channels.Internals.Tests;

public sealed class MessageMarkdownTests
{
    [Test]
    public void ToHtml_WithScriptTagsAndEventHandlers_WritesThemAsText()
    {
        var html = MessageMarkdown.ToHtml("<script>alert(1)</script> and <img src=x onerror=alert(2)>");

        Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("<img"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Contain("&lt;img src=x onerror=alert(2)&gt;"));
    }

    [TestCase("[click](javascript:alert(1))")]
    [TestCase("[click](JaVaScRiPt:alert(1))")]
    [TestCase("[click](&#106;avascript:alert(1))")]
    [TestCase("[click](<java\tscript:alert(1)>)")]
    [TestCase("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [TestCase("[click](vbscript:msgbox(1))")]
    [TestCase("[click](file:///etc/passwd)")]
    public void ToHtml_LinkWithAnUnsafeScheme_ShowsOnlyItsText(string markdown)
    {
        var html = MessageMarkdown.ToHtml(markdown);

        Assert.That(html, Is.EqualTo("<p>click</p>\n"));
    }

    [Test]
    public void ToHtml_AutolinkWithAnUnsafeScheme_IsText()
    {
        var html = MessageMarkdown.ToHtml("<javascript:alert(1)>");

        Assert.That(html, Does.Not.Contain("<a"));
        Assert.That(html, Does.Contain("javascript:alert(1)"));
    }

    [TestCase("[docs](/web-team/channels/town-square)", "/web-team/channels/town-square")]
    [TestCase("[docs](channels/town-square)", "channels/town-square")]
    [TestCase("[docs](#top)", "#top")]
    [TestCase("[docs](https://example.com/a?b=c)", "https://example.com/a?b=c")]
    [TestCase("[mail](mailto:bob@example.com)", "mailto:bob@example.com")]
    public void ToHtml_SafeLink_KeepsItsAddressAndOpensElsewhere(string markdown, string href)
    {
        var html = MessageMarkdown.ToHtml(markdown);

        Assert.That(html, Does.Contain($"href=\"{href}\""));
        Assert.That(html, Does.Contain("rel=\"noopener noreferrer nofollow\"").And.Contain("target=\"_blank\""));
    }

    [Test]
    public void ToHtml_MentionInText_IsHighlighted()
    {
        var html = MessageMarkdown.ToHtml("Hello @bob.smith, welcome");

        Assert.That(html, Is.EqualTo("<p>Hello <span class=\"mention\">@bob.smith</span>, welcome</p>\n"));
    }

    [Test]
    public void ToHtml_MentionEndingASentence_LeavesTheFullStopOutside()
    {
        var html = MessageMarkdown.ToHtml("Ask @bob.");

        Assert.That(html, Is.EqualTo("<p>Ask <span class=\"mention\">@bob</span>.</p>\n"));
    }

    [TestCase("`@bob`")]
    [TestCase("```\n@bob\n```")]
    [TestCase("    @bob")]
    public void ToHtml_MentionInCode_IsLeftAlone(string markdown)
    {
        var html = MessageMarkdown.ToHtml(markdown);

        Assert.That(html, Does.Contain("@bob").And.Not.Contain("mention"));
    }

    [Test]
    public void ToHtml_MentionInALinkTitle_IsLeftAlone()
    {
        var html = MessageMarkdown.ToHtml("[docs](https://example.com \"hi @bob\")");

        Assert.That(html, Does.Contain("title=\"hi @bob\"").And.Not.Contain("mention"));
    }

    [Test]
    public void ToHtml_EmailAddress_IsNoMention()
    {
        var html = MessageMarkdown.ToHtml("write to bob@example.com");

        Assert.That(html, Does.Not.Contain("mention"));
    }

    [TestCase("https://example.com/icon.png", ExpectedResult = true)]
    [TestCase("http://example.com/icon.png", ExpectedResult = true)]
    [TestCase("/api/v4/files/abc", ExpectedResult = false)]
    [TestCase("javascript:alert(1)", ExpectedResult = false)]
    [TestCase("data:image/png;base64,AAAA", ExpectedResult = false)]
    [TestCase("", ExpectedResult = false)]
    public bool IsHttpUrl_AcceptsOnlyAbsoluteHttpAndHttps(string url) => MessageMarkdown.IsHttpUrl(url);

    private static readonly Dictionary<string, string> PartyParrot = new() { ["party_parrot"] = "pppppppppppppppppppppppppp" };

    [Test]
    public void ToHtml_CodeOfAKnownCustomEmoji_ShowsItsImage()
    {
        var html = MessageMarkdown.ToHtml("ship it :party_parrot:!", PartyParrot);

        Assert.That(html, Is.EqualTo("<p>ship it <img class=\"emoji\" src=\"api/v4/emoji/pppppppppppppppppppppppppp/image\" alt=\":party_parrot:\" title=\":party_parrot:\" />!</p>\n"));
    }

    [TestCase("`:party_parrot:`")]
    [TestCase("    :party_parrot:")]
    [TestCase(":other_parrot: and :party_parrot without the closing colon")]
    public void ToHtml_CodeInCodeOrOfNoKnownEmoji_StaysText(string markdown)
    {
        var html = MessageMarkdown.ToHtml(markdown, PartyParrot);

        Assert.That(html, Does.Not.Contain("<img"));
    }

    [Test]
    public void ToHtml_WithoutCustomEmoji_LeavesCodesAsText()
    {
        Assert.That(MessageMarkdown.ToHtml("ship it :party_parrot:"), Is.EqualTo("<p>ship it :party_parrot:</p>\n"));
    }
}
