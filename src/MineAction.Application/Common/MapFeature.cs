using System.Linq.Expressions;
using NetTopologySuite.Geometries;

namespace MineAction.Application.Common;

/// <summary>One record for a map or GIS export: its geometry (WGS 84; null when it has no location) and its list columns.</summary>
public sealed record MapFeature<TProperties>(TProperties Properties, Geometry? Geometry);

/// <summary>Builds map-feature projections from list projections.</summary>
public static class MapFeatures
{
    /// <summary>
    /// Turns a list projection (<c>entity → row</c>) into one that also carries the entity's geometry, so a GeoJSON export reads
    /// the very columns of the list in one query.
    /// </summary>
    public static Expression<Func<TEntity, MapFeature<TProperties>>> Of<TEntity, TProperties>(
        Expression<Func<TEntity, TProperties>> projection, Expression<Func<TEntity, Geometry?>> geometry)
    {
        var entity = projection.Parameters[0];
        var geometryBody = new ParameterReplacer(geometry.Parameters[0], entity).Visit(geometry.Body);
        var constructor = typeof(MapFeature<TProperties>).GetConstructor([typeof(TProperties), typeof(Geometry)])!;
        return Expression.Lambda<Func<TEntity, MapFeature<TProperties>>>(Expression.New(constructor, projection.Body, geometryBody), entity);
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
