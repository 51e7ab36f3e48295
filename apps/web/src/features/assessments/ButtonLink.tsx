import { Button, type ButtonProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import { forwardRef } from 'react';

type Props = ButtonProps & Omit<React.AnchorHTMLAttributes<HTMLAnchorElement>, keyof ButtonProps>;

const MantineButtonAnchor = forwardRef<HTMLAnchorElement, Props>((props, ref) => (
  <Button component="a" ref={ref} {...props} />
));
MantineButtonAnchor.displayName = 'MantineButtonAnchor';

const CreatedLink = createLink(MantineButtonAnchor);

/** A Mantine Button that is a typed router link (`to`, `params`, `search`): a real link, opens in a tab. */
export const ButtonLink: LinkComponent<typeof MantineButtonAnchor> = (props) => (
  <CreatedLink preload="intent" {...props} />
);
