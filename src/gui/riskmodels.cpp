#include "riskmodels.h"

#include "domain/format.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>
#include <QTimeZone>

namespace ordo {

QString moneyText(Money m)
{
    // Display only: the double never flows back into order state.
    return QLocale().toString(static_cast<double>(m) / static_cast<double>(kPriceScale), 'f', 2);
}

QString limitValueText(RiskCheck c, qint64 v)
{
    switch (unitOf(c)) {
    case LimitUnit::Money: return moneyText(v);
    case LimitUnit::BasisPoints: return QString::fromStdString(formatPrice(v * (kPriceScale / 100))) + QLatin1Char('%');
    case LimitUnit::Count: return QLocale().toString(v);
    }
    return {};
}

QString riskCheckTitle(RiskCheck c)
{
    switch (c) {
    case RiskCheck::MaxOrderQty: return LimitModel::tr("Max order quantity");
    case RiskCheck::MaxOrderNotional: return LimitModel::tr("Max order notional");
    case RiskCheck::PriceCollar: return LimitModel::tr("Price collar");
    case RiskCheck::MaxLongPosition: return LimitModel::tr("Max long position");
    case RiskCheck::MaxShortPosition: return LimitModel::tr("Max short position");
    case RiskCheck::GrossExposure: return LimitModel::tr("Gross exposure");
    case RiskCheck::NetExposure: return LimitModel::tr("Net exposure");
    case RiskCheck::Concentration: return LimitModel::tr("Concentration");
    case RiskCheck::DailyVolume: return LimitModel::tr("Daily volume");
    case RiskCheck::DailyNotional: return LimitModel::tr("Daily notional");
    case RiskCheck::DailyOrders: return LimitModel::tr("Daily orders");
    case RiskCheck::DailyFills: return LimitModel::tr("Daily fills");
    case RiskCheck::BuyingPower: return LimitModel::tr("Buying power");
    case RiskCheck::RestrictedList: return LimitModel::tr("Restricted list");
    case RiskCheck::ShortLocate: return LimitModel::tr("Short sale locate");
    case RiskCheck::TradingPhase: return LimitModel::tr("Trading hours and phase");
    case RiskCheck::DuplicateOrder: return LimitModel::tr("Duplicate orders");
    case RiskCheck::OrderRate: return LimitModel::tr("Order rate");
    case RiskCheck::DailyLoss: return LimitModel::tr("Daily loss");
    case RiskCheck::CircuitBreaker: return LimitModel::tr("Circuit breaker");
    }
    return {};
}

LimitModel::LimitModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int LimitModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LimitModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const LimitSnapshot* LimitModel::limitAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QVariant LimitModel::data(const QModelIndex& index, int role) const
{
    const LimitSnapshot* l = limitAt(index.row());
    if (!l)
        return {};
    const auto col = static_cast<Column>(index.column());
    if (role == UtilisationRole)
        return l->runningFigure ? l->utilisationBp() : -1;
    if (role == Qt::TextAlignmentRole && (col == ColUsed || col == ColLimit))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (col) {
    case ColCheck: return riskCheckTitle(l->check);
    case ColPlace: return l->place;
    case ColUsed: return l->runningFigure ? limitValueText(l->check, l->used) : tr("per order");
    case ColLimit: return limitValueText(l->check, l->limit);
    case ColUtilisation:
        return l->runningFigure ? QString::number(double(l->utilisationBp()) / 100.0, 'f', 1) + QLatin1Char('%')
                                : QString();
    case ColKind: return l->soft ? tr("soft (hold)") : tr("hard (reject)");
    case ColumnCount: break;
    }
    return {};
}

QVariant LimitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case ColCheck: return tr("Check");
    case ColPlace: return tr("Applies to");
    case ColUsed: return tr("Used");
    case ColLimit: return tr("Limit");
    case ColUtilisation: return tr("Utilisation");
    case ColKind: return tr("Kind");
    case ColumnCount: break;
    }
    return {};
}

void LimitModel::setSnapshot(const RiskSnapshot& snapshot)
{
    m_warnAtBp = snapshot.warnAtBp;
    // Same limits as before (the usual case): values change in place so the
    // selection and scroll position stay where the supervisor left them.
    bool sameRows = snapshot.limits.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < m_rows.size(); ++i)
        sameRows = m_rows[i].check == snapshot.limits[i].check && m_rows[i].place == snapshot.limits[i].place;
    if (sameRows) {
        m_rows = snapshot.limits;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = snapshot.limits;
    endResetModel();
}

void UtilisationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const qint64 bp = index.data(LimitModel::UtilisationRole).toLongLong();
    const auto* model = qobject_cast<const LimitModel*>(index.model());
    if (bp < 0 || !model) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect r = option.rect.adjusted(3, 3, -3, -3);
    const double fraction = std::min(1.0, double(bp) / 10000.0);
    const QColor colour = bp >= 10000 ? QColor(0xd6, 0x27, 0x28)
                        : bp >= model->warnAtBp() ? QColor(0xff, 0x7f, 0x0e)
                                                  : QColor(0x1f, 0x77, 0xb4);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.alternateBase());
    painter->drawRect(r);
    painter->setBrush(colour);
    painter->drawRect(QRect(r.left(), r.top(), int(r.width() * fraction), r.height()));
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(r, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

RiskAuditModel::RiskAuditModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int RiskAuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RiskAuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskAuditModel::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole || index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const RiskAuditSnapshot& a = m_rows[index.row()];
    switch (static_cast<Column>(index.column())) {
    case ColTime:
        return QDateTime::fromMSecsSinceEpoch(a.time / 1'000'000, Qt::UTC).toLocalTime().toString(
            QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ColUser: return a.user.isEmpty() ? tr("configuration") : a.user;
    case ColWhat: return a.what;
    case ColBefore: return a.before;
    case ColAfter: return a.after;
    case ColumnCount: break;
    }
    return {};
}

QVariant RiskAuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case ColTime: return tr("When");
    case ColUser: return tr("Who");
    case ColWhat: return tr("What");
    case ColBefore: return tr("Before");
    case ColAfter: return tr("After");
    case ColumnCount: break;
    }
    return {};
}

void RiskAuditModel::setSnapshot(const RiskSnapshot& snapshot)
{
    if (snapshot.audit.size() == m_rows.size())
        return;  // the audit only grows
    if (snapshot.audit.size() > m_rows.size()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, static_cast<int>(snapshot.audit.size()) - 1);
        m_rows = snapshot.audit;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_rows = snapshot.audit;
    endResetModel();
}

}  // namespace ordo
