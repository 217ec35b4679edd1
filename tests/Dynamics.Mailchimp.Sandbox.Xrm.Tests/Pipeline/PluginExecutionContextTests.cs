using Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Tests.Pipeline;

/// <summary>A context's collections: the given ones as given; one not given is empty and the same one on every read.</summary>
public sealed class PluginExecutionContextTests
{
    private static PluginExecutionContext CreateSut(ParameterCollection? input = null) =>
        input is null ? new PluginExecutionContext() : new PluginExecutionContext { InputParameters = input };

    [Fact]
    public void Collections_NotGiven_AreEmptyAndKeepWhatIsAdded()
    {
        // Arrange
        var context = CreateSut();

        // Act
        context.SharedVariables["tag"] = "dmc-sync";
        context.OutputParameters["id"] = Guid.Empty;
        context.PreEntityImages["PreImage"] = new Entity("contact");
        context.PostEntityImages["PostImage"] = new Entity("contact");

        // Assert
        Assert.Empty(context.InputParameters);
        Assert.Same(context.InputParameters, context.InputParameters);
        Assert.Equal("dmc-sync", context.SharedVariables["tag"]);
        Assert.Equal(Guid.Empty, context.OutputParameters["id"]);
        Assert.True(context.PreEntityImages.Contains("PreImage"));
        Assert.True(context.PostEntityImages.Contains("PostImage"));
    }

    [Fact]
    public void InputParameters_Given_IsTheGivenCollection()
    {
        // Arrange
        var input = new ParameterCollection { ["Target"] = new Entity("contact") };

        // Act
        var context = CreateSut(input);

        // Assert
        Assert.Same(input, context.InputParameters);
    }
}
