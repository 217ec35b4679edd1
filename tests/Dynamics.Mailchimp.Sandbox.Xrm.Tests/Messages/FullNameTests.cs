using Dynamics.Mailchimp.Sandbox.Xrm.Messages;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Tests.Messages;

/// <summary><c>fullname</c> is the non-blank of first and last name joined by one space, or no value when both are blank.</summary>
public sealed class FullNameTests
{
    private static Entity CreateSut(string? first, string? last) =>
        new("contact") { ["firstname"] = first, ["lastname"] = last, ["fullname"] = "stale" };

    [Theory]
    [InlineData("Ada", "Lovelace", "Ada Lovelace")]
    [InlineData("Ada", null, "Ada")]
    [InlineData(null, "Lovelace", "Lovelace")]
    [InlineData(" ", "Lovelace", "Lovelace")]
    [InlineData("Ada", "\t", "Ada")]
    [InlineData(" Ada", "Lovelace ", " Ada Lovelace ")]
    [InlineData(null, null, null)]
    [InlineData("", " ", null)]
    public void Apply_FirstAndLast_JoinsTheNonBlankOnes(string? first, string? last, string? expected)
    {
        // Arrange
        var row = CreateSut(first, last);
        var table = new InMemoryOrganization().Schema.Tables["contact"];

        // Act
        FullName.Apply(table, row);

        // Assert
        Assert.True(row.Contains("fullname"));
        Assert.Equal(expected, row.GetAttributeValue<string>("fullname"));
    }
}
