using System.Text;
using Dynamics.Mailchimp.Dataverse.Http;

namespace Dynamics.Mailchimp.Dataverse.Tests.Http;

/// <summary>A relative URL is joined to the service root as text only when <see cref="Uri.AbsoluteUri"/> would give the same text.</summary>
public sealed class CanonicalUrlTests
{
    private const string Root = "https://contoso.crm.dynamics.com/api/data/v9.2/";

    public static TheoryData<string> Canonical => new()
    {
        "contacts",
        "contacts(00000000-0000-0000-0000-0000000000aa)?$select=fullname,emailaddress1",
        "contacts?fetchXml=" + Uri.EscapeDataString("<fetch><value>o'hara+ü@x.com &amp; \U0001F600</value></fetch>"),
        "contacts(emailaddress1='a%40b.c',statecode=0)?tag=dmc-sync",
        "contacts(00000000-0000-0000-0000-000000000001)/Microsoft.Dynamics.CRM.AddMemberList",
        "$batch",
    };

    public static TheoryData<string> NotCanonical => new()
    {
        string.Empty,
        "contacts?x=%41",
        "contacts?x=%2e",
        "contacts?x=%c3%a9",
        "contacts?x=%",
        "contacts?x=%4",
        "contacts?x=a b",
        "contacts?x=é",
        "contacts\\x",
        "contacts#top",
        "a/./b",
        "a/../b",
        "./a",
        "/contacts",
        "contacts?x=<value>",
        "contacts?x=" + new string('a', 65_600),
    };

    [Theory]
    [MemberData(nameof(Canonical))]
    public void IsJoinable_WhatEscapeDataStringAndKeysWrite_IsTrueAndEqualsUri(string relative)
    {
        // Act
        var joinable = CanonicalUrl.IsJoinable(Root, relative);

        // Assert
        Assert.True(joinable);
        Assert.Equal(new Uri(Root + relative).AbsoluteUri, Root + relative);
    }

    [Theory]
    [MemberData(nameof(NotCanonical))]
    public void IsJoinable_TextUriWouldChangeOrRefuse_IsFalse(string relative)
    {
        // Act
        var joinable = CanonicalUrl.IsJoinable(Root, relative);

        // Assert
        Assert.False(joinable);
    }

    [Fact]
    public void IsJoinable_RandomText_TrueOnlyWhenUriKeepsIt()
    {
        // Arrange: random relative URLs over delimiters, escapes (upper and lower case, of unreserved and other bytes), dots and non-ASCII.
        string[] pieces = ["a", "Z", "9", "-", ".", "_", "~", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", ":", "@", "/", "?", "#", "[", "]",
            " ", "\"", "<", ">", "\\", "^", "`", "{", "|", "}", "\t", "é", "\U0001F600", "%", "%4", "%41", "%2E", "%2e", "%2F", "%25", "%C3%A9", "%c3", "%7E", "/./", "/../", "%20"];
        var random = new Random(20261130);
        var joined = 0;

        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder("contacts");
            for (var n = random.Next(1, 8); n > 0; n--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var relative = text.ToString();

            // Act
            var joinable = CanonicalUrl.IsJoinable(Root, relative);

            // Assert
            if (joinable)
            {
                joined++;
                Assert.Equal(new Uri(Root + relative).AbsoluteUri, Root + relative);
            }
        }

        Assert.True(joined > 1000, $"only {joined} random URLs were joinable: the test would prove little");
    }
}
