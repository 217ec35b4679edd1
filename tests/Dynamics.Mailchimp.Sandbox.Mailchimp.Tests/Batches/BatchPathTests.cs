using Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Batches;

public sealed class BatchPathTests
{
    [Theory(DisplayName = "Normalize_ApiPath_KeptWithLeadingSlash (AE batches-api-openapi.yml: the relative path, e.g. /lists)")]
    [InlineData("/lists", "/lists")]
    [InlineData("lists/a1b2c3d4e5/members", "/lists/a1b2c3d4e5/members")]
    [InlineData("/lists/a1b2c3d4e5/members/ada@northwind-traders.com", "/lists/a1b2c3d4e5/members/ada@northwind-traders.com")]
    public void Normalize_ApiPath_KeptWithLeadingSlash(string path, string expected)
    {
        // Arrange / Act
        var normalized = BatchPath.Normalize(path);

        // Assert
        Assert.Equal(expected, normalized);
    }

    [Theory(DisplayName = "Normalize_PathThatCouldLeaveTheApi_Null")]
    [InlineData("/lists/../../_sandbox/reset")]
    [InlineData("/./lists")]
    [InlineData("/lists/%2E%2E/x")]
    [InlineData("/lists%2Fx")]
    [InlineData("http://127.0.0.1:1/3.0/lists")]
    [InlineData("//host/lists")]
    [InlineData("/lists#x")]
    [InlineData("/lists\\x")]
    [InlineData("/lists x")]
    [InlineData("")]
    public void Normalize_PathThatCouldLeaveTheApi_Null(string path)
    {
        // Arrange / Act
        var normalized = BatchPath.Normalize(path);

        // Assert
        Assert.Null(normalized);
    }
}
