using System.Text;
using Dynamics.Mailchimp.Solution.Registration;

namespace Dynamics.Mailchimp.Solution.Tests.Registration;

public sealed class PluginRegistrationManifestTests
{
    private const string Step = """
        {"id":"{ID}","name":"s","plugin":"P","message":"{MESSAGE}","entity":"list","stage":"{STAGE}","mode":"Synchronous","rank":1,
         "filteringAttributes":{FILTER},"images":{IMAGES},"unsecureConfiguration":null,"description":null}
        """;

    private static PluginRegistrationManifest Parse(params string[] steps) =>
        PluginRegistrationManifest.Parse(
            new MemoryStream(Encoding.UTF8.GetBytes($$"""{"assembly":{"name":"A","id":"{{Guid.NewGuid()}}","isolationMode":"Sandbox","sourceType":"Database"},"steps":[{{string.Join(",", steps)}}]}""")),
            "test.json");

    private static string MakeStep(string message = "Update", string stage = "PostOperation", string filter = "[]", string images = "[]", Guid? id = null) =>
        Step.Replace("{ID}", (id ?? Guid.NewGuid()).ToString()).Replace("{MESSAGE}", message).Replace("{STAGE}", stage)
            .Replace("{FILTER}", filter).Replace("{IMAGES}", images);

    [Fact]
    public void Load_RepositoryManifest_ParsesWithStableUniqueIds()
    {
        // Act
        var manifest = PluginRegistrationManifest.Load();

        // Assert
        Assert.Equal(17, manifest.Steps.Count);
        Assert.Equal(manifest.Steps.Count, manifest.Steps.Select(s => s.Id).Distinct().Count());
        Assert.Empty(PluginRegistrationRules.Check(manifest));
        Assert.All(manifest.Steps, s => Assert.StartsWith("Dynamics.Mailchimp.Plugins.", s.Plugin));
    }

    [Fact]
    public void Parse_ImageOnListMembershipMessage_IsRefusedNamingTheStep()
    {
        // Arrange
        var image = """[{"id":"5c5b7a55-5a1a-4d43-9c1f-6f0f5d0c0b11","alias":"PreImage","type":"PreImage","attributes":[]}]""";

        // Act
        var error = Assert.Throws<InvalidDataException>(() => Parse(MakeStep("AddMember", images: image)));

        // Assert
        Assert.Contains("AddMember supports no images", error.Message);
        Assert.Contains("test.json", error.Message);
    }

    [Fact]
    public void Parse_PostImageOnDelete_IsRefused()
    {
        // Arrange
        var image = """[{"id":"5c5b7a55-5a1a-4d43-9c1f-6f0f5d0c0b12","alias":"PostImage","type":"PostImage","attributes":[]}]""";

        // Act
        var error = Assert.Throws<InvalidDataException>(() => Parse(MakeStep("Delete", images: image)));

        // Assert
        Assert.Contains("post-image", error.Message);
    }

    [Fact]
    public void Parse_FilteringAttributesOnCreate_IsRefused()
    {
        // Act
        var error = Assert.Throws<InvalidDataException>(() => Parse(MakeStep("Create", filter: """["emailaddress1"]""")));

        // Assert
        Assert.Contains("only Update honours", error.Message);
    }

    [Fact]
    public void Parse_DuplicateStepIds_AreRefused()
    {
        // Arrange
        var id = Guid.NewGuid();

        // Act
        var error = Assert.Throws<InvalidDataException>(() => Parse(MakeStep(id: id), MakeStep("Delete", stage: "PreOperation", id: id)));

        // Assert
        Assert.Contains(id.ToString(), error.Message);
    }

    [Fact]
    public void Parse_AsynchronousPreOperation_IsRefused()
    {
        // Arrange
        var step = MakeStep(stage: "PreOperation").Replace("\"Synchronous\"", "\"Asynchronous\"");

        // Act
        var error = Assert.Throws<InvalidDataException>(() => Parse(step));

        // Assert
        Assert.Contains("asynchronous but not on PostOperation", error.Message);
    }

    [Fact]
    public void Parse_UnknownProperty_IsRefused()
    {
        // Arrange
        var step = MakeStep().Replace("\"rank\":1", "\"rank\":1,\"rnak\":2");

        // Act
        var error = Assert.Throws<InvalidDataException>(() => Parse(step));

        // Assert
        Assert.Contains("rnak", error.Message);
    }
}
