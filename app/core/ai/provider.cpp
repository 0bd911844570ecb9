#include "ai/provider.h"

namespace Ai {

QString featureName(Feature feature)
{
    switch (feature) {
    case Feature::Summary:
        return QStringLiteral("summary");
    case Feature::KeyPoints:
        return QStringLiteral("key-points");
    case Feature::Translate:
        return QStringLiteral("translate");
    }
    return {};
}

} // namespace Ai
