import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { PANEL_GROUPS, type ThematicLayer } from '@/data/layer-catalog';
import type { MessageKey } from '@/i18n';
import { SYSTEM_COLOURS } from '@/map/theme';
import { Legend } from './Legend';
import { FeaturesInView } from './FeaturesInView';

const layerLabelKey = (layer: ThematicLayer): MessageKey =>
  layer.group ? `layers.layer.${layer.group}` : (`layers.layer.${layer.id}` as MessageKey);

export function LayerPanel({ layers }: { layers: ThematicLayer[] }) {
  const t = useT();
  const isOpen = useAppStore((state) => state.isLayerPanelOpen);
  const hidden = useAppStore(useShallow((state) => state.hiddenLayers));
  const setLayerVisible = useAppStore((state) => state.setLayerVisible);
  const setLayersVisible = useAppStore((state) => state.setLayersVisible);
  if (!isOpen) return null;

  return (
    <aside
      id="layer-panel"
      className="panel layer-panel"
      aria-label={t('layers.title')}
      data-testid="layer-panel"
    >
      <h2 className="panel__title">{t('layers.title')}</h2>
      {PANEL_GROUPS.map((group) => {
        const members = layers.filter((layer) => layer.panelGroup === group);
        if (members.length === 0) return null;
        const allVisible = members.every((layer) => !hidden.includes(layer.id));
        const someVisible = members.some((layer) => !hidden.includes(layer.id));
        return (
          <fieldset key={group} className={`layer-group layer-group--${group}`}>
            <legend>
              <label className="layer-group__toggle">
                <input
                  type="checkbox"
                  checked={allVisible}
                  ref={(input) => {
                    if (input) input.indeterminate = someVisible && !allVisible;
                  }}
                  data-testid={`layer-group-toggle-${group}`}
                  onChange={(event) =>
                    setLayersVisible(
                      members.map((layer) => layer.id),
                      event.target.checked,
                    )
                  }
                />
                <span
                  className={`swatch swatch--${group}`}
                  style={group === 'counties' ? undefined : { background: SYSTEM_COLOURS[group] }}
                  aria-hidden="true"
                />
                {t(`layers.group.${group}`)}
              </label>
            </legend>
            <ul className="layer-group__layers">
              {members.map((layer) => (
                <li key={layer.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={!hidden.includes(layer.id)}
                      data-testid={`layer-toggle-${layer.id}`}
                      onChange={(event) => setLayerVisible(layer.id, event.target.checked)}
                    />
                    {t(layerLabelKey(layer))}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
      <FeaturesInView />
      <Legend />
    </aside>
  );
}
