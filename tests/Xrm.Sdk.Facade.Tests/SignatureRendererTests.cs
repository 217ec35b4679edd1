using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xrm.Sdk.Facade.Tests.Surface;

namespace Xrm.Sdk.Facade.Tests;

/// <summary>The surface check is only as good as its renderer and parser: these pin both to known lines.</summary>
public sealed class SignatureRendererTests
{
    [Fact]
    public void Members_GenericVirtualMethod_RendersAsListingDoes()
    {
        // Act
        var lines = SignatureRenderer.Members(typeof(Entity)).ToList();

        // Assert
        Assert.Contains("public virtual T GetAttributeValue<T>(string attributeLogicalName);", lines);
        Assert.Contains("public object this[string attributeName] { get; set; }", lines);
        Assert.Contains("public Entity(string entityName, Guid id);", lines);
    }

    [Fact]
    public void Members_InterfaceWithParams_RendersWithoutAccessModifier()
    {
        // Act
        var lines = SignatureRenderer.Members(typeof(ITracingService)).ToList();

        // Assert
        Assert.Equal(["void Trace(string format, params object[] args);"], lines);
    }

    [Fact]
    public void Members_WrongParameterName_IsNotInOfficialListing()
    {
        // Arrange
        var official = OfficialSurface.Load().Find("Microsoft.Xrm.Sdk.Entity")!;

        // Act
        var renamed = SignatureRenderer.Members(typeof(Impostor)).Single(l => l.Contains("Contains", StringComparison.Ordinal));

        // Assert
        Assert.Equal("public bool Contains(string name);", renamed);
        Assert.DoesNotContain(renamed, official.Members);
        Assert.Contains("public bool Contains(string attributeName);", official.Members);
    }

    [Fact]
    public void Load_OfficialListing_HasTheTypesWeRelyOn()
    {
        // Act
        var official = OfficialSurface.Load();

        // Assert
        Assert.True(official.Find("Microsoft.Xrm.Sdk.Entity")!.Members.Count > 20);
        Assert.Contains("ConditionOperator conditionOperator, params object[] values);", string.Join("\n", official.Find("Microsoft.Xrm.Sdk.Query.ConditionExpression")!.Members));
        Assert.NotNull(official.Find("Microsoft.Xrm.Sdk.DataCollection<TKey, TValue>"));
        Assert.NotNull(official.Find("Microsoft.Crm.Sdk.Messages.AddListMembersListRequest"));
        Assert.Equal("public sealed class QueryExpression : QueryBase", official.Find("Microsoft.Xrm.Sdk.Query.QueryExpression")!.Header);
    }

    private sealed class Impostor
    {
        public bool Contains(string name) => name.Length > 0;
    }
}
